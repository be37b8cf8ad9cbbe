/*
 * Read counts are stored through the one storage contract (lib/store/types.ts); this module only
 * keeps the names older code imports. The implementations live in lib/store/.
 */
export type { ReadCount, ReadRepository as ReadStore } from '@/lib/store/types';
