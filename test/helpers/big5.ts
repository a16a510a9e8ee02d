/** A Big5 encoder for tests (see double-byte.ts). */
import { doubleByteEncoder } from './double-byte.js';

export const encodeBig5 = doubleByteEncoder({ label: 'big5', name: 'Big5', leads: [0xa1, 0xf9], isTrail: (b) => b <= 0x7e || b >= 0xa1 });

/** A short plan in traditional characters, as Taiwan and Hong Kong offices write them. */
export const TRADITIONAL_PLAN = [
  '2024年社區環境整治工作方案',
  '為進一步改善社區環境，提升居民生活品質，結合本社區實際，制定本方案。',
  '一、指導思想',
  '以服務居民為宗旨，堅持問題導向，持續改善社區環境。',
  '二、主要任務',
  '（一）整治小區環境衛生。清理樓道雜物，保持公共區域整潔。',
  '責任人：王丹',
  '完成時限：2024年6月30日前',
  '（二）開展垃圾分類宣傳。組織志願者入戶宣傳，提高居民參與率。',
  '責任單位：社區居委會',
  '完成時限：2024年9月30日前',
  '（三）規範停車秩序。劃設停車位，清理佔道停車。',
  '責任人：楊婷',
  '三、保障措施',
  '（一）加強組織領導。成立工作小組，明確分工。',
  '（二）強化督促檢查。每月通報工作進度。',
  '',
].join('\r\n');
