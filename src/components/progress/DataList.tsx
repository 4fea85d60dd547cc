import type { StoredSectionInfo } from '../../stores/my-data';
import { TableScroll } from '../common/TableScroll';

/** The table of what the browser keeps, per section, with its size. */
export function DataList({ rows }: { rows: StoredSectionInfo[] }) {
  if (rows.length === 0) return <p>Deze browser bewaart op dit moment niets van Pettenwijzer.</p>;
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  return (
    <TableScroll label="Wat deze browser bewaart">
      <table>
        <caption>Wat deze browser bewaart</caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col">Grootte</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sectionId}>
              <th scope="row">{row.label}</th>
              <td>{formatBytes(row.bytes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td>{formatBytes(total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`;
}
