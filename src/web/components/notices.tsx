import type { Child } from 'hono/jsx';

/** What went wrong with the whole action (not one field): announced at once to screen readers. */
export function ProblemNotice({ text }: { text: string | null | undefined }) {
  return text ? (
    <div class="error-summary" role="alert">
      <p>{text}</p>
    </div>
  ) : null;
}

/** What was just done: announced politely. */
export function DoneNotice({ text, children }: { text: string | null | undefined; children?: Child }) {
  return text ? (
    <div class="notice success" role="status">
      <p>{text}</p>
      {children}
    </div>
  ) : null;
}
