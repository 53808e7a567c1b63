import type { EntityMention } from '../types';

// A park named for the corporation that runs it: Hong Kong and Taiwan releases write the
// park's name where they mean its operator (X科技园表示…, X主席…, X拟投入20亿元, X与Y签署).
// Parks do not speak, chair, fund or sign: where a zone's name stands before such words at
// least twice in a text, that entity is the organisation throughout the text.

/** What follows an organisation's name, not a place's: speaking, its officers, funding, signing. */
const ACTOR_AFTER = /^(?:亦|也|将|会|已|今日|今天|昨日|昨天|再度|正式)*(?:表示|宣布|指出|主席|行政总裁|总裁|董事局|发言人|拟投入|投入|拨款|斥资?|掷|资助|签署|签订|欢迎)/u;
const MIN_ACTS = 2;

/** `folded` is the text's foldText, which recognition has already made. */
export function retypeZoneActors(folded: string, mentions: EntityMention[]): void {
  const acts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'zone') continue;
    if (ACTOR_AFTER.test(folded.slice(m.end, m.end + 8))) acts.set(m.id, (acts.get(m.id) ?? 0) + 1);
  }
  for (const m of mentions) {
    if (m.type !== 'zone' || (acts.get(m.id) ?? 0) < MIN_ACTS) continue;
    m.type = 'organization';
    if (m.id.startsWith('zone:')) m.id = `organization:${m.id.slice(5)}`;
  }
}
