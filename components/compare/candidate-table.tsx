import type { ReactNode } from 'react';

/**
 * The frame both comparison tables share: a scrollable, labelled region with one column for the row labels and
 * one per candidate. Rows (grouped tbody elements) come from the caller.
 */
export function CandidateTable(props: {
  id: string;
  caption: string;
  firstColumn: string;
  candidates: { id: string; name: string }[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto print:overflow-visible" role="region" aria-labelledby={`${props.id}-caption`} tabIndex={0}>
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm" data-testid={props.testId}>
        <caption id={`${props.id}-caption`} className="sr-only">
          {props.caption}
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="w-64 px-2 py-2 text-left">
              {props.firstColumn}
            </th>
            {props.candidates.map((c) => (
              <th key={c.id} scope="col" className="px-2 py-2 text-left">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        {props.children}
      </table>
    </div>
  );
}
