// Failure injection: arm a failure for the next controller call, taken when that call starts.

export interface ArmedFailure {
    /** The call fails before doing anything, as a server error would. */
    failCall: boolean;
    /** The Nth DML statement the call issues (1-based, trigger DML not counted) fails. */
    failAtWrite?: number;
}

export class FailureInjector {
    private armed: ArmedFailure = { failCall: false };

    failNextCall(): void {
        this.armed = { ...this.armed, failCall: true };
    }

    failAtWrite(writeNumber: number): void {
        if (!Number.isInteger(writeNumber) || writeNumber < 1) {
            throw new RangeError(`Write number must be a positive integer: ${writeNumber}`);
        }
        this.armed = { ...this.armed, failAtWrite: writeNumber };
    }

    clear(): void {
        this.armed = { failCall: false };
    }

    /** Hands the armed failure to the starting call and disarms. */
    take(): ArmedFailure {
        const taken = this.armed;
        this.clear();
        return taken;
    }
}
