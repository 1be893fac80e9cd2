// Types of scripts/chromium.mjs (plain JS so that web-test-runner's config can import it).
export declare const executablePath: string;
export declare const chromiumArgs: string[];
export declare const launchTimeout: number;
