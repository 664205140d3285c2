// The before-images of records written since a mark, so that a savepoint or the end of a
// failed call can restore the store exactly.
import type { SObjectRecord } from './values';

export interface UndoEntry {
    objectName: string;
    id: string;
    /** The record as it was; undefined when the write created it. */
    before: SObjectRecord | undefined;
}

export class UndoLog {
    private readonly entries: UndoEntry[] = [];

    record(entry: UndoEntry): void {
        this.entries.push(entry);
    }

    mark(): number {
        return this.entries.length;
    }

    /** Removes the entries after `mark`, newest first, handing each to `restore`. */
    rollbackTo(mark: number, restore: (entry: UndoEntry) => void): void {
        if (mark < 0 || mark > this.entries.length) throw new RangeError(`Invalid savepoint: ${mark}`);
        while (this.entries.length > mark) restore(this.entries.pop() as UndoEntry);
    }

    clear(): void {
        this.entries.length = 0;
    }
}
