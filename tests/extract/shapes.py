"""The shape a relation test asks for: (source, type, target), where "*" matches anything and a pattern ending
in "*" matches any id with that prefix (a discovered body's id, `org:x-body-…`)."""


def fits(rel, want: tuple[str, str, str]) -> bool:
    def ok(pattern: str, value: str) -> bool:
        return pattern == "*" or value == pattern or (pattern.endswith("*") and value.startswith(pattern[:-1]))

    src, rtype, tgt = want
    return ok(src, rel.source) and ok(rtype, rel.type) and ok(tgt, rel.target)
