/**
 * Hint titles and explanations in Japanese and Korean, keyed by hint code.
 * English comes from the engine itself. The engine's message names specifics
 * (which messenger, how many places); the translations here are the general
 * form of each rule's message, and the English specifics stay visible beside
 * them. A code missing here falls back to English (build.mjs lists them).
 */
import type { Hint, Lang } from './protocol';

interface Text {
  title: string;
  message: string;
  innocent: string;
  verify: string;
}

export const HINT_TEXT: Record<string, Partial<Record<Exclude<Lang, 'en'>, Text>>> = {
  HL101: {
    ja: {
      title: '名前や文章が見かけと異なる文字を含んでいる',
      message: '見た目の似た別の文字、見えない文字、または表示方向を変える制御文字が使われています。',
      innocent: '多言語のキーボードやコピー＆ペーストで意図せず混ざることがあります。',
      verify: '本人確認書類の名前と照合し、カメラをオンにした通話で確認してください。',
    },
    ko: {
      title: '이름이나 글에 보이는 것과 다른 문자가 숨어 있음',
      message: '모양이 비슷한 다른 문자, 보이지 않는 문자 또는 표시 방향을 바꾸는 제어 문자가 사용되었습니다.',
      innocent: '다국어 키보드나 복사·붙여넣기로 의도치 않게 섞일 수 있습니다.',
      verify: '신분증의 이름과 대조하고 카메라를 켠 통화로 확인하세요.',
    },
  },
  HL301: {
    ja: {
      title: 'プラットフォーム外でのやり取りを求めている',
      message: 'フリーランサーがメッセンジャーやメールなど、プラットフォームの外で連絡を続けるよう求めています。',
      innocent: '普段使っているメッセンジャーを好むだけの人や、規約を知らない人もいます。',
      verify: 'カメラをオンにした通話で本人確認ができるまで、やり取りと支払いはプラットフォーム上で行ってください。',
    },
    ko: {
      title: '플랫폼 밖으로 옮기자고 요청함',
      message: '프리랜서가 메신저나 이메일 등 플랫폼 밖에서 대화를 이어가자고 요청합니다.',
      innocent: '평소 쓰는 메신저를 선호하거나 플랫폼 규칙을 모르는 프리랜서도 있습니다.',
      verify: '카메라를 켠 통화로 본인을 확인할 때까지 대화와 결제는 플랫폼에서 진행하세요.',
    },
  },
  HL302: {
    ja: {
      title: '暗号資産での支払いを求めている',
      message: 'フリーランサーが暗号資産での支払いを求めています。',
      innocent: 'Web3 のチームや銀行の利用が難しい国のフリーランサーは、ステーブルコインを日常的に使います。',
      verify: 'プラットフォーム経由、または面談した本人名義の口座に支払ってください。',
    },
    ko: {
      title: '암호화폐로 지급해 달라고 요청함',
      message: '프리랜서가 암호화폐로 대금을 받기를 요청합니다.',
      innocent: 'Web3 팀이나 은행 이용이 어려운 나라의 프리랜서는 스테이블코인을 흔히 사용합니다.',
      verify: '플랫폼을 통해, 또는 면접한 본인 명의의 계좌로 지급하세요.',
    },
  },
  HL303: {
    ja: {
      title: '別人の口座への支払いを求めている',
      message: 'フリーランサーが、本人以外の名義の口座や第三者への支払いを求めています。',
      innocent: '家族の口座や会社の口座を使う事情がある場合もあります。',
      verify: '受取人の名前を本人確認書類と照合し、名義が一致しない支払いは避けてください。',
    },
    ko: {
      title: '다른 사람의 계좌로 지급을 요청함',
      message: '프리랜서가 본인이 아닌 사람이나 제3자의 계좌로 지급해 달라고 요청합니다.',
      innocent: '가족 계좌나 회사 계좌를 써야 하는 사정이 있을 수 있습니다.',
      verify: '수취인 이름을 신분증과 대조하고, 명의가 다른 지급은 피하세요.',
    },
  },
};

/** A hint in the chosen language; `detail` keeps the engine's specific English message when translated. */
export function localizeHint(h: Hint, lang: Lang): Hint & { detail?: string } {
  if (lang === 'en') return h;
  const tr = HINT_TEXT[h.code]?.[lang];
  if (!tr) return h;
  return { ...h, title: tr.title, message: tr.message, innocent: tr.innocent, verify: tr.verify, detail: h.message };
}
