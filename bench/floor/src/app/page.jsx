// One dynamic page rendering a 20-row table: the smallest page the portal's pages are
// compared with (first-load JS, latency). Server-rendered on every request, no client component.
export const dynamic = "force-dynamic";

export default async function Page() {
  const now = new Date();
  const rows = Array.from({ length: 20 }, (_, i) => ({
    id: i + 1,
    title: `Hàng ${i + 1}`,
    at: new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10),
  }));
  return (
    <main>
      <h1>Floor</h1>
      <table>
        <caption>20 hàng</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Tiêu đề</th>
            <th scope="col">Ngày</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>{row.title}</td>
              <td>{row.at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
