/**
 * The pane's top row: the page switcher and a Help link; no product name (Office already shows it
 * in the pane's title bar). The page's name is the h1, for screen readers (the switcher shows it).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { PAGE_TITLE_ID } from "../focus";
import { HELP_URL } from "../helpLink";
import type { PageId } from "../pageIds";
import { PageNav, type NavPage } from "./PageNav";
import { useVisuallyHiddenClass } from "./common/VisuallyHidden";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // A plain link styled as Fluent's: its Link component would add to the first load for one anchor.
  help: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase300,
    textDecorationLine: "none",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { textDecorationLine: "underline", color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
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
      <a className={styles.help} href={HELP_URL} target="_blank" rel="noopener noreferrer">
        Help
      </a>
    </header>
  );
}
