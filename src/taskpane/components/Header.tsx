/** The pane's title bar. */
import { Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
});

export function Header() {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1">AIP Planner</Subtitle1>
      <Text size={200}>Accelerated Improvement Plan workbook</Text>
    </header>
  );
}
