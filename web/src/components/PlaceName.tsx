/**
 * A location as lists show it: its name, with its code small under it as the estate's pages do
 * (the code alone when the name is not known).
 */
export function PlaceName({ code, name }: { code: string; name: string | null | undefined }) {
  if (!name) return <span className="code">{code}</span>;
  return (
    <>
      {name}
      <span className="code-note">{code}</span>
    </>
  );
}

/** The same in one line of text, for CSV files and sentences: "Celda 003 (MAC-P1-A-003)". */
export function placeText(code: string, name: string | null | undefined): string {
  return name ? `${name} (${code})` : code;
}
