/**
 * The pane's top row: the page tabs and a Help link; no product name (Office already shows it in
 * the pane's title bar). The page's name is the h1, for screen readers (the selected tab shows it).
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { PAGE_TITLE_ID } from "../focus";
import { HELP_URL } from "../helpLink";
import type { PageId } from "../pageIds";
import { PageNav, type NavPage } from "./PageNav";
import { useVisuallyHiddenClass } from "./common/VisuallyHidden";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  help: { flexShrink: 0, fontSize: tokens.fontSizeBase200, padding: `0 ${tokens.spacingHorizontalXS}` },
});

export interface HeaderProps {
  pages: readonly NavPage[];
  page: PageId;
  busy: boolean;
  onSelect: (page: PageId) => void;
}

export function Header({ pages, page, busy, onSelect }: HeaderProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenClass();
  const label = pages.find((p) => p.id === page)?.label ?? "";
  return (
    <header className={styles.header}>
      <h1 className={hidden} id={PAGE_TITLE_ID} tabIndex={-1}>
        {label}
      </h1>
      <PageNav pages={pages} page={page} disabled={busy} onSelect={onSelect} />
      <Link className={styles.help} href={HELP_URL} target="_blank" rel="noopener noreferrer">
        Help
      </Link>
    </header>
  );
}
