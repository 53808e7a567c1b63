// Server-side strings shown to the user (hover cards, code lenses, notices), in the
// client's display language (initialize.params.locale): English, Japanese, Simplified Chinese.
const en = {
  zone: 'Zone', lab: 'Lab', project: 'Project', organization: 'Organization', figure: 'Figure',
  names: 'Names', mentionedIn: 'Mentioned in', noOtherMentions: 'No other document mentions it.',
  bound: 'Bound', counterparts: 'In the other versions',
  agrees: 'agrees', differs: 'differs', noCounterpart: 'no counterpart', more: 'and {0} more',
  versions: '{0} versions', mismatches: '{0} mismatches', oneMismatch: '1 mismatch', noMismatch: 'no mismatch',
  ignore: 'Ignore this finding (saved in {0})',
  exact: 'exact', atLeast: 'at least', over: 'more than', approx: 'about', atMost: 'at most', under: 'less than',
  indexing: 'Indexing press releases', counted: 'Counted',
} as const;
type Messages = Record<keyof typeof en, string>;
const ja: Messages = {
  zone: 'ゾーン', lab: '研究機関', project: 'プロジェクト', organization: '組織', figure: '数値',
  names: '名称', mentionedIn: '言及している文書', noOtherMentions: '他の文書での言及はありません。',
  bound: '範囲', counterparts: '他の版での対応',
  agrees: '一致', differs: '不一致', noCounterpart: '対応なし', more: 'ほか {0} 件',
  versions: '{0} 版', mismatches: '{0} 件の不一致', oneMismatch: '1 件の不一致', noMismatch: '不一致なし',
  ignore: 'この指摘を無視（{0} に保存）',
  exact: 'ちょうど', atLeast: '以上', over: '超', approx: '約', atMost: '以下', under: '未満',
  indexing: 'プレスリリースを索引付け中', counted: '数える対象',
};
const zh: Messages = {
  zone: '园区', lab: '实验室', project: '项目', organization: '机构', figure: '数字',
  names: '名称', mentionedIn: '提及的文档', noOtherMentions: '其他文档中没有提及。',
  bound: '范围', counterparts: '其他版本中的对应数字',
  agrees: '一致', differs: '不一致', noCounterpart: '无对应', more: '另有 {0} 处',
  versions: '{0} 个版本', mismatches: '{0} 处不一致', oneMismatch: '1 处不一致', noMismatch: '无不一致',
  ignore: '忽略此问题（保存到 {0}）',
  exact: '精确', atLeast: '至少', over: '超过', approx: '约', atMost: '至多', under: '不到',
  indexing: '正在索引新闻稿', counted: '计数对象',
};

export type MessageKey = keyof typeof en;
export type UiLocale = 'en' | 'ja' | 'zh';

export function uiLocale(locale: string | undefined): UiLocale {
  const l = (locale ?? 'en').toLowerCase();
  if (l.startsWith('ja')) return 'ja';
  if (l.startsWith('zh')) return 'zh';
  return 'en';
}

export function t(locale: UiLocale, key: MessageKey, ...args: (string | number)[]): string {
  const table: Messages = locale === 'ja' ? ja : locale === 'zh' ? zh : en;
  return table[key].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
