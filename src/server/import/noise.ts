/**
 * Page noise: what a saved press page carries around the report. Lines, not characters, are
 * dropped: the headline (kept apart for the title), update stamps, page widgets ("Xem cỡ chữ",
 * "Bản in"), navigation ("Bài trước", "Bài tiếp theo", "Tin liên quan" and all after it),
 * counters, footers, source and URL lines, bylines at the end, and photo captions (a short line
 * without a full stop, often printed twice). Captions are returned too: one rule reads them.
 */
import { lines, mask, type Line } from "./text";
import type { Span } from "./types";

export interface Cleaned {
  /** The text with noise lines (and the headline) blanked out; offsets unchanged. */
  body: string;
  headline: Line | null;
  noise: Span[];
  captions: Line[];
  /** The page's publication or update date (a stamp line), for a date written without its year. */
  stamp: { year: number; month: number; day: number } | null;
}

const WIDGET =
  /^(bài trước|bài sau|bài tiếp( theo)?|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|tin mới|tin đã đưa|xem thêm|đọc thêm|xem cỡ chữ|cỡ chữ|đọc bài viết|nghe đọc bài|bản in|in bài|in trang|gửi email|gửi bài|chia sẻ|lượt xem|số lượt|lượt truy cập|đang truy cập|đang trực tuyến|tổng truy cập|truy cập|trực tuyến|bình luận|ý kiến bạn đọc|gửi ý kiến|trở về|quay lại|về đầu trang|lên đầu trang|đầu trang|từ khóa|tags?|facebook|zalo|twitter|copyright|bản quyền|©|địa chỉ|điện thoại|fax|giấy phép|chịu trách nhiệm|trưởng ban biên tập|tổng biên tập|cơ quan chủ quản|ban biên tập|nguồn:|tin, ảnh|tin và ảnh|tin ảnh|ảnh:|bài, ảnh|bài và ảnh|bài và ảnh:|print|share|like)/i;
const TAIL_START =
  /^(nơi nhận|bài trước|bài tiếp( theo)?|bài sau|tin liên quan|tin khác|các tin khác|tin cùng chuyên mục|tin đã đưa|xem thêm|đọc thêm)\b/i;
const STAMP =
  /^(cập nhật|ngày đăng|đăng ngày|ngày cập nhật|thời gian đăng|đăng lúc|ngày xuất bản|(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật),)|gmt|^\d{1,2}[/-]\d{1,2}[/-]\d{4}( |$)|^\d{1,2}:\d{2}/i;
const URL = /(https?:\/\/|www\.|\.gov\.vn|\.com\.vn|\.org\.vn|\.vn\b)/i;
const CAPTION_HINT =
  /^(ảnh|quang cảnh|toàn cảnh|các đại biểu|đại biểu)|phát biểu|tham dự|trao |tặng |chụp ảnh|chủ trì|\(ảnh|ảnh:/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string) => /[.!?…:;"')]$/.test(s);
const punctuationOnly = (s: string) => !/[\p{L}\p{N}]/u.test(s);

export function stripNoise(text: string): Cleaned {
  const all = lines(text);
  const noise = new Set<number>();
  const captions: Line[] = [];
  let headline: Line | null = null;
  let stamp: Cleaned["stamp"] = null;

  const firstIndex = all.findIndex((l) => l.text.length > 0);
  if (firstIndex >= 0) {
    const first = all[firstIndex]!;
    if (!/[.!?]$/.test(first.text) && words(first.text) <= 40 && !WIDGET.test(first.text) && !STAMP.test(first.text))
      headline = first;
  }
  const bodyStart = all.findIndex((l, i) => i !== firstIndex && words(l.text) >= 12);

  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const t = line.text;
    if (!t || (headline && i === firstIndex)) continue;
    const short = words(t) <= 10;
    if (punctuationOnly(t)) noise.add(i);
    else if (TAIL_START.test(t) && i > bodyStart && bodyStart >= 0) {
      for (let j = i; j < all.length; j++) noise.add(j);
      break;
    } else if (WIDGET.test(t) && words(t) <= 14) noise.add(i);
    else if (STAMP.test(t) && words(t) <= 14) noise.add(i);
    else if (URL.test(t) && short) noise.add(i);
    else if (bodyStart >= 0 && i < bodyStart && short && !endsSentence(t)) noise.add(i);
    else if (!endsSentence(t) && words(t) <= 25 && i > bodyStart) {
      const twice = all[i + 1]?.text === t || all[i - 1]?.text === t;
      if (twice || CAPTION_HINT.test(t)) {
        noise.add(i);
        captions.push(line);
      }
    }
  }
  // Bylines and source lines at the end: short lines without a full stop.
  for (let i = all.length - 1; i > bodyStart && i >= 0; i--) {
    const t = all[i]!.text;
    if (!t || noise.has(i)) continue;
    if (words(t) <= 10 && !/[.!?…]$/.test(t)) noise.add(i);
    else break;
  }
  for (const i of [...noise].sort((a, b) => a - b)) {
    if (stamp) break;
    const m = /(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(all[i]!.text);
    if (m && i < (bodyStart < 0 ? all.length : bodyStart)) stamp = { day: +m[1]!, month: +m[2]!, year: +m[3]! };
  }
  const noiseSpans = [...noise].sort((a, b) => a - b).map((i) => ({ start: all[i]!.start, end: all[i]!.end }));
  const blank = headline ? [...noiseSpans, { start: headline.start, end: headline.end }] : noiseSpans;
  return { body: mask(text, blank), headline, noise: noiseSpans, captions, stamp };
}
