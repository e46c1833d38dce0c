/** The button under a panel that opens its form (record a membership, a non-association). */
export function OpenFormButton({ label, onOpen }: { label: string; onOpen: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" className="button button-secondary" onClick={onOpen}>
        {label}
      </button>
    </div>
  );
}
