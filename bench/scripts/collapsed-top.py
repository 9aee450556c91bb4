#!/usr/bin/env python3
"""Summarise async-profiler collapsed stacks (with the `threads` option): CPU by thread group, then for the busiest
groups the frames that take the most time including their callees (project, H2, Spring, Tomcat, JDK XML ...) and the
leaf frames that take the most time themselves. Usage: collapsed-top.py file.collapsed [top-n] [thread-group ...]
(name thread groups, e.g. cbec-processor, to look at those instead of the three busiest; with a wall-clock profile
the leaf frames then show where the thread waits)."""
import re
import sys
from collections import Counter, defaultdict

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
chosen = sys.argv[3:]
by_group = Counter()
inclusive = defaultdict(Counter)
leaf = defaultdict(Counter)
total = 0


def group(thread):
    name = re.sub(r" tid=\d+\]$", "", thread.lstrip("["))
    name = re.sub(r"[-#]?\d+$", "", name)
    if name.startswith("http-nio"):
        return "http-nio (Tomcat request threads)"
    if name.startswith("C2 Compiler") or name.startswith("C1 Compiler"):
        return "JIT compiler"
    if name.startswith("GC") or name.startswith("G1"):
        return "GC"
    return name


def short(frame):
    frame = re.sub(r"_\[[jik]\]$", "", frame)
    return frame.replace("/", ".")


for line in open(path, encoding="utf-8", errors="replace"):
    stack, _, n = line.rstrip("\n").rpartition(" ")
    if not n.isdigit():
        continue
    n = int(n)
    frames = stack.split(";")
    g = group(frames[0])
    total += n
    by_group[g] += n
    seen = set()
    for f in frames[1:]:
        s = short(f)
        if "$$Lambda" in s or "$$SpringCGLIB" in s:
            continue
        if s not in seen:
            seen.add(s)
            inclusive[g][s] += n
    leaf[g][short(frames[-1])] += n

print(f"{total} samples (for a CPU profile at 1 ms: {total / 1000:.1f} s of CPU)")
print("CPU by thread group:")
for g, n in by_group.most_common(12):
    print(f"  {100 * n / total:5.1f}%  {g}")
interesting = re.compile(r"^(org\.importwindow|org\.h2\.(command\.Command\.execute|engine\.SessionLocal\.commit|"
                         r"mvstore\.FileStore\.serialize|mvstore\.db\.ValueDataType\.write)|"
                         r"com\.zaxxer\.hikari\.pool\.ProxyConnection\.(prepareStatement|commit)|"
                         r"tools\.jackson\.databind\.ObjectMapper\.(writeValueAsString|readValue)$|"
                         r"com\.sun\.org\.apache\.xerces\.internal\.jaxp\.validation\.ValidatorImpl\.validate$|"
                         r"org\.springframework\.security\.web\.FilterChainProxy\.doFilter$|"
                         r"org\.apache\.coyote\.http11\.Http11Processor\.service$|java\.util\.concurrent\.locks\.LockSupport\.park)")
groups = [(g, n) for g, n in by_group.items() if any(c in g for c in chosen)] if chosen else by_group.most_common(3)
for g, n in groups:
    print(f"\n== {g}: {100 * n / total:.1f}% of all CPU; inclusive (with callees), share of all CPU:")
    shown = 0
    for f, m in inclusive[g].most_common():
        if interesting.match(f):
            print(f"  {100 * m / total:5.1f}%  {f}")
            shown += 1
            if shown >= top:
                break
    print(f"  -- leaf frames (self time):")
    for f, m in leaf[g].most_common(top // 2):
        print(f"  {100 * m / total:5.1f}%  {f}")
