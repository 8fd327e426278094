import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
/** Why a path cannot be read, in words (a dangling link and a symlink loop are the user's input problems). */
export function unreadableReason(path, err) {
    const code = err?.code;
    if (code === 'ELOOP')
        return 'symbolic link loop: the link points back to itself';
    if (code === 'ENOENT') {
        try {
            if (lstatSync(path).isSymbolicLink())
                return `dangling symbolic link: its target ` +
                    `${JSON.stringify(readlinkSync(path))} does not exist`;
        }
        catch { /* not even the link exists */ }
        return 'no such file or folder';
    }
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a folder, not a file';
    if (code === 'ENOTDIR')
        return 'a part of the path is not a folder';
    return `cannot read (${code ?? err?.message ?? String(err)})`;
}
/**
 * The one folder walk of validate, check, run and fuzz: a path given as a file is returned as it
 * is; a folder stands for the files under it that `accept` takes, recursively, in name order.
 * Symbolic links are followed, but every real file and folder is visited once (by real path), so
 * links to an ancestor cannot make the walk endless; a dangling link or a link loop is reported.
 * Hidden entries and node_modules are skipped.
 */
export function walkInputs(paths, accept) {
    const files = [], problems = [];
    const seen = new Set();
    const visit = (p, given) => {
        let real, dir;
        try {
            real = realpathSync(p);
            dir = statSync(real).isDirectory();
        }
        catch (e) {
            // A given file that is missing is reported where it is read, as for any command.
            if (given)
                files.push(p);
            else
                problems.push({ file: p, message: unreadableReason(p, e) });
            return;
        }
        if (seen.has(real))
            return;
        seen.add(real);
        if (!dir) {
            files.push(p);
            return;
        }
        let names;
        try {
            names = readdirSync(real).sort();
        }
        catch (e) {
            problems.push({ file: p, message: unreadableReason(p, e) });
            return;
        }
        for (const n of names) {
            if (n.startsWith('.') || n === 'node_modules')
                continue;
            const child = join(p, n);
            let isDir;
            try {
                isDir = statSync(child).isDirectory();
            }
            catch (e) {
                problems.push({ file: child, message: unreadableReason(child, e) });
                continue;
            }
            if (isDir || accept(n))
                visit(child, false);
        }
    };
    for (const p of paths)
        visit(p, true);
    return { files, problems };
}
export const isManifestName = (name) => /\.(ya?ml|json)$/.test(name);
export function isFolder(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
