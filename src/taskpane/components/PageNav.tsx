/**
 * The pages as tabs in one row at any pane width (270 px and up): the tabs that do not fit move
 * into a "More" menu (Fluent's Overflow), the open page always stays visible.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { PageId } from "../pageIds";

const useStyles = makeStyles({
  nav: { minWidth: 0, flexGrow: 1, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  more: { minWidth: "auto", flexShrink: 0 },
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

function MoreItem({ page, onSelect }: { page: NavPage; onSelect: (page: PageId) => void }) {
  const visible = useIsOverflowItemVisible(page.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(page.id)}>{page.label}</MenuItem>;
}

function MoreMenu({ pages, disabled, onSelect }: Omit<PageNavProps, "page">) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab" keeps the tablist's children all tabs, as Fluent's own overflow example does. */}
        <Button ref={ref} className={styles.more} appearance="transparent" size="small" role="tab" aria-selected={false} disabled={disabled} aria-label={`More pages (${overflowCount})`}>
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {pages.map((p) => (
            <MoreItem key={p.id} page={p} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function PageNav({ pages, page, disabled, onSelect }: PageNavProps) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label="Pages">
      <Overflow minimumVisible={1} padding={8}>
        <TabList className={styles.tabs} size="small" selectedValue={page} disabled={disabled} aria-label="What do you want to do?" onTabSelect={(_, d) => onSelect(d.value as PageId)}>
          {pages.map((p) => (
            // The open page is kept visible before any other.
            <OverflowItem key={p.id} id={p.id} priority={p.id === page ? 2 : 1}>
              <Tab value={p.id}>{p.label}</Tab>
            </OverflowItem>
          ))}
          <MoreMenu pages={pages} disabled={disabled} onSelect={onSelect} />
        </TabList>
      </Overflow>
    </nav>
  );
}
