#!/usr/bin/env python3
"""Fails when a .ts file has unfinished or empty translations: the Dutch UI must be complete."""
import sys
import xml.etree.ElementTree as ElementTree

problems = []
for path in sys.argv[1:]:
    for message in ElementTree.parse(path).getroot().iter('message'):
        source = message.findtext('source')
        translation = message.find('translation')
        # Plural messages carry their forms in <numerusform> children; every form must be there.
        forms = [translation] if translation is None or not translation.findall('numerusform') \
            else translation.findall('numerusform')
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete') \
                or any(not (form.text or '').strip() for form in forms):
            problems.append(f'{path}: {source!r}')
for problem in problems:
    print('Onvertaald:', problem)
print(f'{len(problems)} onvertaalde teksten')
sys.exit(1 if problems else 0)
