// Findings in a stable order (file, then line, then message), without exact duplicates, so runs and
// tests compare cleanly (a reference reported at an opening and a closing tag on one line counts once).
export function sortFindings(findings) {
    const seen = new Set();
    return findings
        .filter((finding) => {
            const key = `${finding.file}\u0000${finding.line}\u0000${finding.message}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        })
        .sort(
            (a, b) =>
                a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message)
        );
}
