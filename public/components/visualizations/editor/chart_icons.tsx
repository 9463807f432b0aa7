/**
 * The two chart icons EUI lacks (a donut and a treemap), drawn like EUI's 16px chart glyphs so
 * the picker's row reads as one set.
 */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { title?: string; titleId?: string };

export function DonutChartIcon({ title, titleId, ...props }: IconProps) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={16} height={16} viewBox="0 0 16 16" fill="currentColor" aria-labelledby={titleId} {...props}>
      {title ? <title id={titleId}>{title}</title> : null}
      <path fillRule="evenodd" d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 3.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z" />
    </svg>
  );
}
DonutChartIcon.displayName = 'DonutChartIcon';

export function TreemapChartIcon({ title, titleId, ...props }: IconProps) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={16} height={16} viewBox="0 0 16 16" fill="currentColor" aria-labelledby={titleId} {...props}>
      {title ? <title id={titleId}>{title}</title> : null}
      <path d="M1 1h8v9H1V1Zm9 0h5v5h-5V1Zm0 6h5v8h-5V7ZM1 11h8v4H1v-4Z" />
    </svg>
  );
}
TreemapChartIcon.displayName = 'TreemapChartIcon';
