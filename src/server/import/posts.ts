/**
 * The vocabulary of posts and bodies: which words may belong to a post or a body's name
 * ("Phó Bí thư Thường trực Tỉnh ủy", "Hội Cựu chiến binh tỉnh"), the heads a post starts with,
 * and the organisation kind a post belongs to.
 */
import type { OrganizationKind } from "./types";

/** Lower-case words that may sit inside a post or a body's name. */
export const ORG_WORDS = new Set(
  (
    "thư trực ủy tịch viên vụ ban phòng trận tổ quốc việt nam tỉnh thành phố huyện xã phường quận thị trấn " +
    "đảng đoàn hội thể chính trị nhân dân vận giáo chức tra kiểm cựu chiến binh nông phụ nữ liên hiệp lao động " +
    "thanh niên cộng sản hồ chí minh khối cơ quan doanh nghiệp kiêm trưởng phó bí chủ thường ương trung " +
    "tâm bồi dưỡng hành chánh văn đại biểu quốc hội đồng công an quân sự chỉ huy bộ sở ngành đơn vị cấp " +
    "tuyên nội tuyên giáo mặt thị ủy hđnd ubnd mttq ubmttq ubmttqvn lđlđ lhpn tncs đtn ccb uvtv uvbtv bch bts " +
    "điều hành dân chủ phụ trách tài chính kế hoạch đầu tư tư pháp y tế giáo dục tạo đào cơ sở"
  ).split(" "),
);

/** Words a post starts with. */
export const POST_HEADS =
  /^(Phó|Bí thư|Chủ tịch|Trưởng|Chánh|Giám đốc|Ủy viên|UVTV|UVBTV|Tỉnh ủy viên|Thành ủy viên|Huyện ủy viên|Thường trực|Tổng|Chủ nhiệm|Phụ trách|Đại biểu|Trợ lý|Thư ký|Đảng ủy viên|Ủy viên Ban Thường vụ)/i;

export const IS_POST =
  /(bí thư|chủ tịch|trưởng|chánh|giám đốc|ủy viên|uvtv|uvbtv|thường trực|chủ nhiệm|phụ trách|phó|thư ký|đảng ủy viên|tỉnh ủy viên|thành ủy viên|huyện ủy viên)/i;

const KINDS: [OrganizationKind, RegExp][] = [
  ["MTTQ", /mặt trận|mttq|ubmttq/i],
  ["VETERANS", /cựu chiến binh|\bccb\b/i],
  ["YOUTH_UNION", /tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|thị đoàn|đoàn thanh niên|đoàn tncs|\bđtn\b|thanh niên/i],
  ["WOMEN_UNION", /phụ nữ|lhpn/i],
  ["FARMERS_UNION", /nông dân/i],
  ["LABOR_FEDERATION", /liên đoàn lao động|lđlđ|công đoàn/i],
  ["MASS_MOBILIZATION_BOARD", /ban dân vận/i],
  ["PEOPLES_COUNCIL", /hđnd|hội đồng nhân dân/i],
  ["PEOPLES_COMMITTEE", /ubnd|ủy ban nhân dân/i],
  [
    "PARTY_OFFICE",
    /tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|văn phòng|ban tổ chức|ban tuyên giáo|ủy ban kiểm tra|ban nội chính|cấp ủy|đảng đoàn|ban thường vụ/i,
  ],
];

/**
 * The kind of body a post belongs to. A post listing several ("UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ
 * tỉnh") belongs to its most specific body: mass organisations and state bodies before the Party
 * committee, whose membership many leaders hold besides their own post.
 */
export function organizationKind(position: string | null): OrganizationKind {
  if (!position) return "OTHER";
  for (const [kind, re] of KINDS) if (re.test(position)) return kind;
  return "OTHER";
}

/** Canonical capitals for posts written in lower case ("Phó bí thư" → "Phó Bí thư"). */
export function canonicalPost(position: string): string {
  return position
    .replace(/(?<!\p{L})bí thư(?!\p{L})/gu, "Bí thư")
    .replace(/(?<!\p{L})chủ tịch(?!\p{L})/gu, "Chủ tịch")
    .replace(/(?<!\p{L})thường trực(?!\p{L})/gu, "Thường trực")
    .replace(
      /(^|\s)(tỉnh|thành|huyện|đảng) ủy(?!\p{L})/gu,
      (_m, sp: string, w: string) => `${sp}${w[0]!.toUpperCase()}${w.slice(1)} ủy`,
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** Common Vietnamese family names: a capitalised run starting with one is read as a person's name. */
export const SURNAMES = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Lương Trương Mai Cao Lâm Tô Hà " +
    "Trịnh Đoàn Thái Hứa Triệu La Lò Quách Tạ Chu Châu Tăng Lưu Nông Mạc Khúc Kiều Vương Tôn Thân Âu " +
    "Đàm Ông Phùng Lại Từ Bạch Hầu Diệp Doãn Khổng Nghiêm Tống Viên Vi Hàn Lữ Lã Khương " +
    "Y Ksor Rơ Nay Siu Rah Điểu Cù Cấn Chế Bế Giáp Lèo Sầm Vàng Thào Sùng Mùa Giàng Lầu Tòng Quàng"
  ).split(" "),
);

/** Place names that start like a family name ("Hồ Chí Minh", "Hà Nội"). */
export const NOT_PEOPLE =
  /^(Hồ Chí Minh|Hà Nội|Hà Tĩnh|Hà Giang|Hà Nam|Lâm Đồng|Cao Bằng|Lê Chân|Phan Thiết|Đồng Nai|Đồng Tháp|Đồng Hới|Đồng Xoài|Kim Bảng|Ninh Bình|Ninh Thuận|Giang Thành|Quan Hóa|Quan Sơn|Mai Châu|Sơn La|Hoa Lư|Tô Lịch|Hoàng Sa|Trường Sa)/;
