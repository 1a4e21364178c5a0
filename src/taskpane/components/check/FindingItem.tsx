/**
 * One finding: a button that selects its cell in Excel, with the message and the suggested fix in
 * plain words; the rule's id and any defined names are behind "Details".
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../checks/types";
import { Details } from "../common/Details";
import { plainFinding } from "./plainFinding";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
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
  const onCell = f.sheet !== "" && f.cell !== "";
  const where = f.sheet === "" ? "The workbook's names" : onCell ? `Sheet "${f.sheet}", cell ${f.cell}` : `Sheet "${f.sheet}"`;
  const { message, suggestion, details } = plainFinding(f);
  const content = (
    <>
      <Text weight="semibold">{message}</Text>
      {suggestion && <Text className={styles.suggestion}>Fix: {suggestion}</Text>}
      <Text size={200} className={styles.where}>
        {where}
      </Text>
    </>
  );
  return (
    <div className={mergeClasses(styles.item, styles[f.severity])}>
      {/* Only a finding with a cell can take the person there; a workbook-level one is plain text. */}
      {onCell ? (
        <button type="button" className={mergeClasses(styles.body, styles.clickable)} title={`Go to ${where}`} onClick={() => onSelect(f)}>
          {content}
        </button>
      ) : (
        <div className={styles.body}>{content}</div>
      )}
      <Details>{details}</Details>
    </div>
  );
}
