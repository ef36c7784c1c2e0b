#!/usr/bin/env python3
"""Fails when docs/privacy-traceability.md cites a test that does not exist in tests/."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
document = (root / 'docs' / 'privacy-traceability.md').read_text(encoding='utf-8')
sources = '\n'.join(p.read_text(encoding='utf-8') for p in (root / 'tests').rglob('*.cpp'))
defined = set(re.findall(r'TEST_CASE\("((?:[^"\\]|\\.)*)"', sources))

cited = re.findall(r'`(test_[a-z]+): ([^`]+)`', document)
missing = [f'{program}: {name}' for program, name in cited if name not in defined]
for name in missing:
    print('Niet gevonden:', name)
print(f'{len(cited)} tests genoemd, {len(missing)} niet gevonden')
sys.exit(1 if missing or not cited else 0)
