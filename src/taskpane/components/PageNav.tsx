/**
 * The page switcher: one native drop-down in the pane's top row, so the six pages fit one row at
 * any task pane width (270 px and up) and it costs the first load almost nothing; a native select
 * is known to every screen reader and keyboard (docs/task-pane.md "Navigation").
 */
import { Select, makeStyles } from "@fluentui/react-components";
import type { PageId } from "../pageIds";

const useStyles = makeStyles({
  nav: { minWidth: 0, flexGrow: 1 },
  select: { maxWidth: "100%" },
});

export interface NavPage {
  id: PageId;
  label: string;
}

export interface PageNavProps {
  pages: readonly NavPage[];
  page: PageId;
  disabled: boolean;
  onSelect: (page: PageId) => void;
}

export function PageNav({ pages, page, disabled, onSelect }: PageNavProps) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label="Pages">
      <Select className={styles.select} aria-label="Page" value={page} disabled={disabled} onChange={(_, d) => onSelect(d.value as PageId)}>
        {pages.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
    </nav>
  );
}
