/** Types of plain-html-header.cjs. */
export declare const PLAIN_HTML_HEADER: string;
