/** One finding: a button that selects its cell in Excel, with the message and the suggested fix. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../checks/types";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  note: { borderLeftColor: tokens.colorBrandStroke1 },
  where: { color: tokens.colorNeutralForeground3 },
  suggestion: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding: f, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const where = f.sheet === "" ? "Workbook (Formulas > Name Manager)" : `${f.sheet} ${f.cell}`;
  const body = (
    <>
      <Text weight="semibold">{f.message}</Text>
      {f.suggestion && <Text className={styles.suggestion}>Fix: {f.suggestion}</Text>}
      <Text size={200} className={styles.where}>
        {where} · {f.rule}
      </Text>
    </>
  );
  const className = mergeClasses(styles.item, styles[f.severity]);
  // Only a finding with a cell can take the person there; a workbook-level one is plain text.
  if (f.sheet === "" || f.cell === "") return <div className={className}>{body}</div>;
  return (
    <button type="button" className={mergeClasses(className, styles.clickable)} title={`Go to ${where}`} onClick={() => onSelect(f)}>
      {body}
    </button>
  );
}
