export { CJK_TYPE_WORDS, COMPATIBLE_CLASSES, EN_TYPE_WORDS, ZONE_ACRONYMS } from './typeWords';

/**
 * The vocabularies of the entity engine. Only TYPE words, common words and function
 * words live here: no entity name (no place, lab or zone name) may ever be added, because
 * the engine is measured on releases it has never seen.
 *
 * CJK entries are written in simplified Chinese or Japanese; every CJK entry is folded
 * (NFKC, traditional/Japanese forms to simplified) before use, so 區, 実験室 and 實驗室
 * need no entries of their own.
 */

/**
 * Common words with their English glosses (CJK written simplified; katakana as is).
 * Used to read a name across languages. Generic ones (flag true) cannot make a name
 * on their own: 科技金融中心, 新质生产力发展示范区, "Innovation Center" are not entities.
 */
export const GLOSSARY: ReadonlyArray<readonly [string, string, boolean]> = [
  // generic policy vocabulary
  ['科技', 'science technology', true],
  ['科学技术', 'science technology', true],
  ['科学', 'science', true],
  ['技术', 'technology', true],
  ['高新技术', 'high tech', true],
  ['高技术', 'high technology', true],
  ['创新', 'innovation', true],
  ['革新', 'innovation', true],
  ['イノベーション', 'innovation', true],
  ['科创', 'innovation', true],
  ['产业', 'industry', true],
  ['産業', 'industry', true],
  ['工业', 'industry', true],
  ['发展', 'development', true],
  ['开发', 'development', true],
  ['研发', 'research development', true],
  ['研究开发', 'research development', true],
  ['研究', 'research', true],
  ['生产力', 'productivity', true],
  ['生产', 'production', true],
  ['新质', 'new quality', true],
  ['金融', 'finance', true],
  ['国家', 'national', true],
  ['国家级', 'national', true],
  ['省级', 'provincial', true],
  ['市级', 'municipal', true],
  ['全国', 'national', true],
  ['国际', 'international', true],
  ['主要', 'major', true],
  ['重大', 'major', true],
  ['重点', 'key', true],
  ['重要', 'important', true],
  ['核心', 'core', true],
  ['综合', 'comprehensive', true],
  ['综合性', 'comprehensive', true],
  ['高端', 'high end', true],
  ['高水平', 'high level', true],
  ['ハイレベル', 'high level', true],
  ['现代', 'modern', true],
  ['经济', 'economic', true],
  ['数字', 'digital', true],
  ['デジタル', 'digital', true],
  ['智慧', 'smart', true],
  ['スマート', 'smart', true],
  ['ハイテク', 'high tech', true],
  ['服务', 'service', true],
  ['合作', 'cooperation', true],
  ['协同', 'collaborative', true],
  ['交流', 'exchange', true],
  ['示范', 'demonstration', true],
  ['先进', 'advanced', true],
  ['制造', 'manufacturing', true],
  ['企业', 'enterprise', true],
  ['人才', 'talent', true],
  ['资源', 'resource', true],
  ['成果', 'achievement', true],
  ['转化', 'transformation', true],
  ['计算', 'computing', true],
  ['算力', 'computing', true],
  ['加速器', 'accelerator', true],
  ['新型', 'new', true],
  ['新兴', 'emerging', true],
  ['未来', 'future', true],
  ['中央', 'central', true],
  ['相关', 'relevant', true],
  ['有关', 'relevant', true],
  ['一批', 'batch', true],
  ['首批', 'first batch', true],
  ['新规', 'new', true],
  ['新增', 'new', true],
  ['导入', 'introduced', true],
  ['引进', 'introduced', true],
  ['融合', 'integration', true],
  ['本社', 'headquarters', true],
  ['总部', 'headquarters', true],
  ['人材', 'talent', true],
  ['新', 'new', true],
  ['高', 'high', true],
  ['大', 'great', true],
  ['总', 'general', true],
  ['全', 'whole', true],
  ['各', 'each', true],
  ['本', 'this', true],
  ['该', 'that', true],
  ['其', 'its', true],
  ['行政', 'administrative', true],
  ['管理', 'management', true],
  ['人民', 'people', true],
  ['プラットフォーム', 'platform', true],
  ['平台', 'platform', true],
  ['ビジネス', 'business', true],
  ['エネルギー', 'energy', true],
  ['グリーン', 'green', true],
  // kinds of laboratory space (a shared lab, a dry lab, a wet lab)
  ['シェア', 'shared', true],
  ['ドライ', 'dry', true],
  ['ウェット', 'wet', true],
  ['レンタル', 'rental', true],
  ['媒体', 'media', true],
  ['标志性', 'iconic', true],
  // more generic modifiers of kinds of facilities (超级算力中心, 开放创新载体平台, 财政资金项目, 配送中心)
  ['超级', 'super', true],
  ['开放', 'open', true],
  ['财政', 'fiscal', true],
  ['资金', 'funds', true],
  ['推广', 'promotion', true],
  ['配送', 'distribution', true],
  ['创科', 'innovation technology', true],
  // domain words (not generic: 量子信息实验室 is a name)
  ['材料', 'material', false],
  ['化学', 'chemical', false],
  ['新材料', 'new material', false],
  ['数据', 'data', false],
  ['标注', 'annotation', false],
  ['具身智能', 'embodied intelligence', false],
  ['具身', 'embodied', false],
  ['人工智能', 'artificial intelligence', false],
  ['智能', 'intelligence', false],
  ['机器人', 'robotics', false],
  ['量子', 'quantum', false],
  ['信息', 'information', false],
  ['生物', 'bio', false],
  ['医药', 'pharmaceutical', false],
  ['医疗', 'medical', false],
  ['健康', 'health', false],
  ['能源', 'energy', false],
  ['新能源', 'new energy', false],
  ['氢能', 'hydrogen energy', false],
  ['电子', 'electronic', false],
  ['集成电路', 'integrated circuit', false],
  ['半导体', 'semiconductor', false],
  ['航空', 'aviation', false],
  ['航天', 'aerospace', false],
  ['海洋', 'marine', false],
  ['农业', 'agricultural', false],
  // fields and sectors a project is named for (物流商贸项目: a kind of project)
  ['信息技术', 'information technology', false],
  ['物流', 'logistics', false],
  ['商贸', 'commerce trade', false],
  ['商业', 'commercial', false],
  ['文化', 'culture', false],
  ['旅游', 'tourism', false],
  ['文旅', 'culture tourism', false],
  ['康养', 'wellness', false],
  ['地产', 'real estate', false],
  ['生物医药', 'biomedicine', false],
  ['机构', 'institution', false],
  ['行业', 'sector', false],
  ['细分', 'segment', false],
  ['龙头', 'leading', false],
  ['提档', 'upgrade', false],
  ['升级', 'upgrade', false],
  ['战略性', 'strategic', false],
  ['社会事业', 'social undertaking', false],
  ['载体', 'carrier', false],
  ['现代化', 'modernised', false],
  ['海内外', 'domestic and overseas', false],
  ['创业', 'entrepreneurship', false],
  ['主体', 'main', false],
  ['基础设施', 'infrastructure', false],
  ['检验检测', 'testing', false],
  ['认证', 'certification', false],
  ['环境', 'environmental', false],
  ['光电', 'optoelectronic', false],
  ['装备', 'equipment', false],
  ['火炬', 'torch', false],
  ['大学', 'university', false],
  ['中外', 'sino foreign', false],
  // geography words (directions and continents, not place names)
  ['东北亚', 'northeast asia', false],
  ['东南亚', 'southeast asia', false],
  ['东亚', 'east asia', false],
  ['亚太', 'asia pacific', false],
  ['东北', 'northeast', false],
  ['西北', 'northwest', false],
  ['东南', 'southeast', false],
  ['西南', 'southwest', false],
  ['中国', 'china', false],
];

/** English words that are glossary concepts (so not proper words) beyond the glossary's English side. */
export const EN_COMMON_WORDS: ReadonlySet<string> = new Set([
  'science', 'technology', 'technological', 'tech', 'high', 'innovation', 'innovative', 'industry', 'industrial',
  'development', 'research', 'national', 'international', 'major', 'key', 'new', 'advanced', 'digital', 'smart',
  'data', 'annotation', 'embodied', 'artificial', 'intelligence', 'intelligent', 'robotics', 'robot', 'quantum',
  'information', 'material', 'energy', 'hydrogen', 'green', 'finance', 'financial', 'service', 'cooperation',
  'demonstration', 'pilot', 'economic', 'comprehensive', 'modern', 'future', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'east', 'west', 'north', 'south', 'asia', 'pacific', 'china', 'chinese', 'torch',
  'university', 'medical', 'health', 'bio', 'pharmaceutical', 'marine', 'aerospace', 'aviation', 'equipment',
  'semiconductor', 'integrated', 'circuit', 'electronic', 'administrative', 'management', 'people', 'platform',
  'provincial', 'municipal', 'exchange', 'talent', 'achievement', 'transformation', 'computing', 'business',
]);

/** English words that make a name generic when nothing else is in it. */
export const EN_GENERIC_WORDS: ReadonlySet<string> = new Set([
  'major', 'key', 'new', 'national', 'international', 'innovation', 'innovative', 'science', 'technology', 'tech',
  'high', 'research', 'development', 'industrial', 'industry', 'the', 'this', 'our', 'its', 'their', 'top', 'first',
  'main', 'core', 'central', 'digital', 'smart', 'advanced', 'modern', 'relevant', 'global', 'each', 'all', 'other',
  'administrative', 'management', 'people', 'service', 'business', 'financial', 'finance', 'economic',
  'comprehensive', 'cooperation', 'platform', 'platforms', 'talent', 'future',
]);

/** English words that never start or continue a name (sentence openers and the like). */
export const EN_NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'At', 'In', 'On', 'The', 'A', 'An', 'This', 'These', 'Those', 'That', 'It', 'Its', 'Our', 'We', 'They', 'As', 'By',
  'For', 'From', 'With', 'To', 'Of', 'And', 'Or', 'But', 'Source', 'Notice', 'Also', 'Meanwhile', 'Major', 'Key',
  'Four', 'Three', 'Two', 'Five', 'Six', 'Ten', 'Top', 'First', 'Facilities', 'Participants', 'All', 'Each',
]);

/**
 * Chinese function words, verbs and other words that end a name when met on the way
 * left from a type word (在青岛科技城 -> stop at 在). Written simplified; matched on
 * the folded text, longest first.
 */
export const ZH_LEFT_STOPS: ReadonlyArray<string> = [
  '在', '是', '为', '与', '和', '及', '的', '了', '以', '将', '由', '向', '从', '到', '对', '把', '被', '让', '给', '于',
  '这', '那', '也', '都', '又', '还', '并', '且', '或', '而', '即', '等', '之', '使', '经', '据', '年', '度', '月',
  '日', '号', '后', '前', '上', '下', '内', '外', '兼', '至', '驻', '自', '入', '赴', '往', '同', '其', '该', '本',
  '各', '每', '个', '位', '家', '所', '级', '里', '中', '出', '着', '过', '此', '如', '若', '除', '凡', '仅', '只',
  '落户', '入驻', '落地', '助力', '建设', '打造', '推动', '加快', '依托', '支持', '位于', '举行', '举办', '成立',
  '签约', '引进', '启动', '来自', '出自', '表示', '介绍', '包括', '包含', '代表', '联合', '携手', '共建', '建成',
  '设立', '组建', '挂牌', '揭牌', '入选', '获批', '获评', '成为', '作为', '通过', '参加', '出席', '主办', '承办',
  '围绕', '聚焦', '布局', '覆盖', '推进', '实现', '形成', '提升', '培育', '发布', '宣布', '正式', '全面', '积极',
  '重点', '主要', '相关', '负责人', '部署', '位居', '当选', '以及',
  // verbs, amounts and generic modifiers that never start a name (企业签署项目, 亿元以上项目)
  '进行', '期望', '希望', '显示', '揭示', '令', '尽早', '规划', '当', '确保', '观摩', '检查', '开工', '新开工', '竣工',
  '开竣工', '签署', '签订', '招商引资', '招商', '实施', '计划', '逐', '既有', '这些', '那些', '记者会', '加速', '展示',
  '同时', '还有', '暨', '届', '以上', '以下', '左右', '超', '逾', '近', '约', '共', '总投资', '投资', '亿元', '万元',
  '元', '标志性', '标准', '特色', '优质', '新建', '在建', '拟建', '续建', '储备', '招引', '洽谈', '集中', '开展', '强化', '完善',
  // classifiers, verbs and modifiers seen before a type word (一间公司, 这处园区, 担任实验室…, 地方政府, 公共服务平台)
  '间', '处', '占', '显见', '担任', '所属', '资助', '完成', '构建', '当地', '地方', '一届', '新一届', '独特', '公共', '按照', '根据', '依照', '依据',
  // verbs and linking words that take a name as their object (跟进X小镇, 配合X院, 交付X公司, 其中X园区), and a company's description before its name
  '跟进', '优化', '配合', '相信', '汇聚', '集成', '交付', '予', '获', '视', '为此', '其中', '期间', '企业', '加入', '携', '依靠', '借助', '吸引', '利用',
  // time adverbs (现时X局, 目前X园区)
  '现时', '目前', '当前', '现在', '如今', '即现时',
  // verbs that take a park or a programme as their object (设置X园区, 建立X基地, 加强X项目, 向X学习), and modifiers of a class (其他, 合法, 周边, 一流, 领跑)
  '设置', '建立', '加强', '学习', '招募', '选择', '优先', '订阅', '即时', '整点', '今日', '其他', '其它', '合法', '周边', '一流', '领跑',
  // time phrases (今年以来新区…), and verbs that take a list of companies or projects (引入X、Y等项目)
  '以来', '引入', '招来', '吸引了', '聚集了', '集聚了', '等地',
  // wanting and opening (要开公司, 想办企业)
  '要', '想', '开',
  // helping and encouraging (协助X公司转型), and descriptions of a company before its name (行业龙头X集团)
  '协助', '帮助', '扶持', '鼓励', '引导', '龙头', '巨头', '领军', '头部', '登陆', '进驻',
];

/** The firm a text speaks of or for (自社, 同社, 当社): kuromoji tags some as organisations, but they name none. */
export const JA_SELF_REFERENCES: readonly string[] = ['自社', '同社', '当社', '弊社', '両社', '各社', '他社', '本社', '貴社', '御社'];

/** Japanese-only stop words (kuromoji POS does most of the work). */
export const JA_LEFT_STOP_SURFACES: ReadonlySet<string> = new Set(['など', '等', '及び', '並びに', 'この', 'その', '同', '同市', '同区', '同省', '同県', '同町', '同村', '写真', '提供', ...JA_SELF_REFERENCES]);

/** Leading words that make a phrase a class, not a name (全国バイオ医薬園区, 各实验室). */
export const QUANTIFIERS: ReadonlyArray<string> = ['全国', '全省', '全市', '全区', '各', '该', '本', '此', '首批', '一批', '多个', '多家', '我国', '我省', '我市', '我区', '一连', '一系列', '多数', '大批', '一大批'];

/** Leading words stripped from a name (determiners and scope words). */
export const LEADING_DETERMINERS: ReadonlyArray<string> = [
  '全国', '全省', '全市', '本', '该', '各', '全', '此', '其', '首批', '一批', '多个', '多家', '主要', '重大', '重点',
  '相关', '有关', '国家级', '省级', '市级', '区级', '我国', '我省', '我市', '我区',
];

/** All-capital words that are common abbreviations, not names of organisations. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'CEO', 'CFO', 'CTO', 'COO', 'CIO', 'GDP', 'GNP', 'USD', 'RMB', 'CNY', 'JPY', 'EUR', 'HKD', 'SGD', 'INR', 'KRW', 'TWD', 'GBP',
  'ICT', 'IOT', 'R&D', 'MRI', 'UK', 'US', 'USA', 'EU', 'FDI', 'IPO', 'ESG', 'EV', 'EVS', 'LED', 'LCD', 'OLED', 'PCB', 'API',
  'SAAS', 'B2B', 'COVID', 'SARS', 'PHD', 'MBA', 'GMT', 'UTC', 'JST', 'CST', 'EST', 'PST', 'TV', 'PC', 'GPU', 'CPU', 'HPC',
  'SME', 'SMES', 'MOU', 'MOA', 'ETF', 'PPP', 'VR', 'AR', 'FY', 'BPO', 'KPO', 'ITES', 'LNG', 'CO2', 'GW', 'MW', 'KW', 'KWH',
  'SQM', 'SQFT', 'AM', 'PM', 'NO', 'OK', 'ID', 'IT', 'AI', 'IC', 'CT', 'EPC', 'OEM', 'ODM', 'CAGR', 'YOY', 'QOQ', 'NEV',
  'DNA', 'RNA', 'PCR', 'ICU', 'IP', 'URL', 'PDF', 'FAQ', 'ASAP', 'HR', 'PR', 'VIP', 'UAV', 'EDA', 'RF', 'UHD', 'HD', '5G',
  'BRI', 'GBA', 'I&T', 'DRAM', 'GAAP', 'BCP', 'GFA', 'III', 'NAND', 'SSD', 'LTE', 'WIFI', 'USB', 'HVAC', 'EPS', 'NAV', 'TOD', 'ROI', 'KPI', 'SDG', 'SDGS', 'CSR', 'M&A', 'Q&A', 'GIS', 'BIM', 'ERP', 'CRM', 'OTC', 'B2C', 'NFT',
  // business and building abbreviations, and capitalised page words (TOP, NEWS)
  'SNS', 'CRO', 'CDMO', 'CMO', 'BTS', 'ZEB', 'ZEH', 'TOP', 'NEWS', 'DX', 'GX', 'EC', 'ICT',
  // web page furniture (RSS feeds, ALT text, scripts)
  'RSS', 'ALT', 'HTML', 'CSS', 'JAVASCRIPT', 'COOKIE', 'COOKIES',
]);
