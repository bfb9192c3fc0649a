import {
  type MantineSize,
  Table,
  type TableProps,
  type TableTdProps,
  type TableThProps,
  type TableTrProps,
  Text,
} from '@mantine/core';
import type { ReactNode } from 'react';

/** One column: its header and what each row shows in it. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Props of the header cell (width, alignment). */
  th?: TableThProps;
  /** Props of each row's cell (alignment, class, colour by row). */
  td?: TableTdProps | ((row: T) => TableTdProps);
}

type DataAttributes = { [name: `data-${string}`]: string | undefined };

export interface DataTableProps<T> extends Omit<TableProps, 'data' | 'children'> {
  /** `false` leaves a column out (a column shown only on some pages). */
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Below this width the table scrolls sideways instead of squeezing. */
  minWidth: number;
  /** Shown, dimmed, instead of the table when there are no rows (left out: nothing, the caller says it). */
  empty?: ReactNode;
  emptySize?: MantineSize;
  rowProps?: (row: T) => TableTrProps & DataAttributes;
}

/** A striped-or-not Mantine table with a header row, one row per item, and a message when there is none. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  minWidth,
  empty,
  emptySize,
  rowProps,
  ...tableProps
}: DataTableProps<T>) {
  if (rows.length === 0) {
    if (empty === undefined) return null;
    return (
      <Text size={emptySize} c="dimmed">
        {empty}
      </Text>
    );
  }
  // A column's key is its place in `columns`, which never changes (a left-out column keeps its place).
  const shown = columns.flatMap((column, place) => (column === false ? [] : [{ column, key: place }]));
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {shown.map(({ column, key }) => (
              <Table.Th key={key} {...column.th}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
              {shown.map(({ column, key }) => (
                <Table.Td key={key} {...(typeof column.td === 'function' ? column.td(row) : column.td)}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
