/** The product's emblem: a plain shield. Decorative; the product name is always written next to it. */
export function Emblem() {
  return (
    <svg className="emblem" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6.5V15c0 7.2 5 12.9 12 15 7-2.1 12-7.8 12-15V6.5L16 2Z" fill="#e8edf3" />
      <path d="M16 5.2 7 8.6V15c0 5.6 3.8 10.2 9 12 5.2-1.8 9-6.4 9-12V8.6l-9-3.4Z" fill="#1d3b5c" />
      <path d="M11 12h10v2H11zm0 4h10v2H11zm0 4h7v2h-7z" fill="#e8edf3" />
    </svg>
  );
}
