// require-signoff: what a closing looks like, and what is a team rather than a person.
// A support lead can extend these lists; matching ignores case and trailing punctuation.

/** Closings ("Best,", "Kind regards,"). The agent's name follows on the same line or the next. */
export const closings: readonly string[] = [
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'kind regards',
  'kindest regards',
  'warm regards',
  'warmest regards',
  'warm wishes',
  'warmly',
  'regards',
  'many regards',
  'with regards',
  'with best regards',
  'with kind regards',
  'sincerely',
  'yours sincerely',
  'sincerely yours',
  'yours faithfully',
  'yours truly',
  'yours',
  'cheers',
  'thanks',
  'thanks again',
  'thanks so much',
  'thanks very much',
  'many thanks',
  'thank you',
  'thank you again',
  'thanks for understanding',
  'thank you for understanding',
  'thanks for your understanding',
  'thank you for your understanding',
  'thanks for your patience',
  'thank you for your patience',
  'thanks for your time',
  'thank you for your time',
  'with appreciation',
  'with thanks',
  'with gratitude',
  'gratefully',
  'take care',
  'talk soon',
  'speak soon',
  'have a great day',
  'have a good day',
  'have a nice day',
  'have a lovely day',
  'have a great weekend',
  'all best',
  'respectfully',
  'cordially',
  'ta',
]

/**
 * Words that make a sign-off line a team, department or company rather than a person
 * ("Support Team", "Trust & Safety", "Air Desk", "Customer Relations").
 */
export const teamWords: readonly string[] = [
  'team', 'teams', 'support', 'service', 'services', 'care', 'cares', 'customer', 'customers', 'client',
  'relations', 'desk', 'help', 'helpdesk', 'helpline', 'billing', 'accounts', 'account', 'safety',
  'trust', 'security', 'sales', 'department', 'dept', 'office', 'crew', 'staff', 'squad', 'operations',
  'ops', 'success', 'concierge', 'admin', 'administration', 'management', 'inbox', 'hq', 'group',
  'center', 'centre', 'company', 'inc', 'ltd', 'llc', 'gmbh', 'plc', 'store', 'shop', 'department',
  'everyone', 'all', 'us', 'the', 'your', 'our', 'folks', 'family', 'people', 'experience',
  'technical', 'tech', 'product', 'products', 'returns', 'orders', 'shipping', 'logistics', 'claims',
  'bookings', 'reservations', 'marketing', 'community', 'moderation', 'engineering', 'partners',
  'partnerships', 'onboarding', 'retention', 'finance', 'payments', 'licensing', 'bot', 'assistant',
  'automated', 'notification', 'noreply', 'no-reply',
]

/**
 * Placeholder words that stand for the agent ("{{current_user.name}}", "[Your Name]", "%{agent_name}").
 * A placeholder after a closing counts unless it names someone else (see `notAgentPlaceholder`).
 */
export const notAgentPlaceholder = /customer|requester|contact|client|recipient|company|brand|(?<![a-z])team(?![a-z])|store|shop|business|organi[sz]ation|org\b|product|order|ticket\.(?!assignee)/i

/** The example sign-off a message offers. */
export const exampleSignoff = 'Best,\n[Your Name]'
