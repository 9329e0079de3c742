// A small "?" next to a label that explains it: shown on hover and on keyboard focus, read by screen
// readers as the label's description.
import { useId } from 'react';

export function HelpTip({ text, about }: { text: string; about: string }) {
  const id = useId();
  return (
    <span className="help-tip">
      <button
        type="button"
        className="help-tip-button"
        aria-label={`What is ${about}?`}
        aria-describedby={id}
      >
        ?
      </button>
      <span role="tooltip" id={id} className="help-tip-text">
        {text}
      </span>
    </span>
  );
}
