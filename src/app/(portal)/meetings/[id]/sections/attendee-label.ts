/** "Nguyễn Văn A, Chủ tịch": how an attendee is named in the minutes and their editor. */
export function attendeeLabel(row: { fullName: string; position: string | null }): string {
  return `${row.fullName}${row.position ? `, ${row.position}` : ""}`;
}
