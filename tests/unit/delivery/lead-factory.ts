import type { OutboxItem, StoredLead } from '@/lib/store/types';

/** A stored request as the store returns it; override what a test is about. */
export function storedLead(overrides: Partial<StoredLead> = {}): StoredLead {
  return {
    id: 42,
    // 14:05 UTC in winter is 15:05 in Berlin.
    createdAt: new Date('2025-01-20T14:05:00Z'),
    lang: 'de',
    name: 'Erika Mustermann',
    company: 'Muster Maschinenbau GmbH',
    email: 'erika@muster.example',
    phone: '+49 30 123456',
    topic: 'strategy',
    message: 'Wir möchten KI im Kundenservice einsetzen.\nWo fangen wir an?',
    origin: { path: '/de/articles/klarna-halbiert-belegschaft-mit-ki', title: 'Klarna halbiert Belegschaft mit KI' },
    consent: { at: Date.parse('2025-01-20T14:05:00Z'), privacyVersion: '2025-01' },
    deliveries: [],
    ...overrides,
  };
}

export function outboxItem(lead: StoredLead = storedLead(), overrides: Partial<OutboxItem> = {}): OutboxItem {
  return { id: 7, leadId: lead.id, channel: 'email', attempts: 1, deliveryKey: `lead-${lead.id}-email`, lead, ...overrides };
}
