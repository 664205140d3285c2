// What the server renders into the page: the running user and the users one can switch to.
export interface WorkbenchUser {
    id: string;
    name: string;
    description: string;
}

export interface BootData {
    runningUserId: string;
    users: WorkbenchUser[];
}

let cached: BootData | undefined;

export function bootData(): BootData {
    if (!cached) {
        const element = document.getElementById('workbench-boot');
        cached = JSON.parse(element?.textContent || '{"runningUserId":"","users":[]}') as BootData;
    }
    return cached;
}
