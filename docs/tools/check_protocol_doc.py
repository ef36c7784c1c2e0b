#!/usr/bin/env python3
"""Fails when docs/protocol.md and the dispatcher's table of operations disagree."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
dispatched = set(re.findall(r'\{QStringLiteral\("(\w+)"\), method\(', (root / 'core/net/Dispatcher.cpp').read_text()))
documented = set(re.findall(r'^\| `(\w+)` \|', (root / 'docs/protocol.md').read_text(), re.MULTILINE))
# login, logout and secondFactorRequired are answered by the server itself, not the table.
documented -= {'login', 'logout', 'secondFactorRequired'}
for name in sorted(dispatched - documented):
    print('Niet beschreven in docs/protocol.md:', name)
for name in sorted(documented - dispatched):
    print('Beschreven maar niet in de dispatcher:', name)
print(f'{len(dispatched)} handelingen in de dispatcher, {len(documented)} beschreven')
sys.exit(1 if dispatched != documented else 0)
