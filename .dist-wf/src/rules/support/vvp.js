// VVP version facts used by several rules.
/** extraLabels in the ververica-platform chart are honoured from VVP 2.5 on; undefined when the version is unknown. */
export function extraLabelsHonoured(version) {
    if (!version)
        return undefined;
    const [major, minor] = version;
    return major > 2 || (major === 2 && minor >= 5);
}
