#!/usr/bin/env python3
"""Keeps the .resx files (the source of truth for UI text) in step with the code.

  tools/i18n.py missing          keys the code uses that a module's ar or fr file lacks (best effort)
  tools/i18n.py add MODULE       reads "key<TAB>arabic<TAB>french" lines on stdin and upserts them
                                 into Features/MODULE/MODULEText.{ar,fr}.resx (MODULE=Shared for SharedText)
Keys are the English text; English needs no file.
"""
import os, re, sys, html
import xml.etree.ElementTree as ET

WEB = os.path.join(os.path.dirname(__file__), '..', 'src', 'Nassij.Web')
FEATURES = os.path.join(WEB, 'Features')
HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def resx_path(module, lang):
    return os.path.join(FEATURES, module, f'{module}Text.{lang}.resx')

def read(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.find('value').text or '') for d in root.findall('data')}

def write(path, entries):
    def esc(s):
        # Attribute values lose raw newlines when parsed: encode them.
        return html.escape(s, quote=True).replace('\n', '&#xA;')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries, key=lambda s: s.lower()):
            value = html.escape(entries[k], quote=False)
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{value}</value></data>\n')
        f.write('</root>\n')

LIT = r'"((?:[^"\\]|\\.)*)"'
PATTERNS = {
    'T': re.compile(r'\bT\[' + LIT),
    'S': re.compile(r'\bS\[' + LIT),
    'text': re.compile(r'\btext\[' + LIT),
    'ann': re.compile(r'(?:Name|ErrorMessage)\s*=\s*' + LIT),
}
KEYLIKE = re.compile(r'=>\s*' + LIT)

def used():
    keys = {}
    for dirpath, _, files in os.walk(FEATURES):
        module = os.path.relpath(dirpath, FEATURES).split(os.sep)[0]
        for name in files:
            if not name.endswith(('.cs', '.cshtml')):
                continue
            src = open(os.path.join(dirpath, name), encoding='utf-8').read()
            for kind, rx in PATTERNS.items():
                target = 'Shared' if kind in ('S', 'ann') else module
                if kind == 'text' and 'IStringLocalizer<SharedText>' in src:
                    target = 'Shared'
                for m in rx.findall(src):
                    keys.setdefault(target, set()).add(m.encode().decode('unicode_escape') if '\\' in m else m)
            if name in ('Labels.cs', 'AuditLabels.cs', 'RoleLabels.cs') or name.endswith('Mail.cs') or name.endswith('Notices.cs'):
                for m in KEYLIKE.findall(src) + re.findall(r'\(\s*' + LIT + r'\s*,\s*' + LIT, src):
                    for k in (m if isinstance(m, tuple) else (m,)):
                        keys.setdefault(module, set()).add(k.replace('\\n', '\n'))
    return keys

def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'missing'
    if cmd == 'missing':
        for module, ks in sorted(used().items()):
            for lang in ('ar', 'fr'):
                have = read(resx_path(module, lang))
                for k in sorted(ks - have.keys()):
                    print(f'{module}\t{lang}\t{k!r}')
    elif cmd == 'add':
        module = sys.argv[2]
        ar, fr = read(resx_path(module, 'ar')), read(resx_path(module, 'fr'))
        for line in sys.stdin:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            k, a, f = line.split('\t')
            k, a, f = (x.replace('\\n', '\n') for x in (k, a, f))
            ar[k], fr[k] = a, f
        write(resx_path(module, 'ar'), ar)
        write(resx_path(module, 'fr'), fr)
    else:
        print(__doc__)

if __name__ == '__main__':
    main()
