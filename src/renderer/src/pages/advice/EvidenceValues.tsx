// The numbers behind a tip or a suggestion, as small labelled values.
import type { EvidenceValue } from '../../../../shared/domain';
import { formatEvidenceValue } from '../../format';

export function EvidenceValues({ values, testId }: { values: readonly EvidenceValue[]; testId?: string }) {
  if (values.length === 0) return null;
  return (
    <ul className="tip-values" data-testid={testId}>
      {values.map((v, i) => (
        <li key={`${v.label}-${i}`}>
          {v.label}:{' '}
          <b>
            {formatEvidenceValue(v.value)}
            {v.unit ? (v.unit === '%' ? '%' : ` ${v.unit}`) : ''}
          </b>
        </li>
      ))}
    </ul>
  );
}
