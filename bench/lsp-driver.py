#!/usr/bin/env python3
"""Drives `contentlint lsp` as an editor does, for bench/lsp.sh; prints one line per figure.

    lsp-driver.py SERVER SITE CACHE EDITS [server options...]

Starts the server on the site, opens a page of about 10,000 characters (the site's longest
page, its answer lengthened with paragraphs of the next longest), and measures: start-up to the
page's first diagnostics; after each of EDITS edits of one title (front matter), the time from
didChange to the structural diagnostics; after each of EDITS edits of one sentence of the
answer, with LanguageTool loaded, the time to the prose diagnostics (the second publication of
the version), each after 10 edits of the same kind that warm the JIT up and are not counted;
and the server's peak memory (VmHWM) at the end.
"""
import json, os, random, statistics, subprocess, sys, threading, time

server, site, cache, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
options = sys.argv[5:]
prose = '--no-prose' not in options

pages = []
for folder, _, files in os.walk(os.path.join(site, 'content')):
    pages += [os.path.join(folder, f) for f in files if f.endswith('.md')]
pages.sort(key=os.path.getsize, reverse=True)
page, donor = pages[0], pages[1]
text = open(page, encoding='utf-8').read()

def answer_of(page_text):
    start = page_text.index('\nanswer: >-\n') + len('\nanswer: >-\n')
    end = page_text.index('\n', start)
    return start, end

start, end = answer_of(text)
extra = open(donor, encoding='utf-8').read()
extra_answer = extra[slice(*answer_of(extra))].strip()
lengthened = text[:end]
for paragraph in extra_answer.split('\\n\\n'):
    if len(lengthened) + (len(text) - end) >= 10_000:
        break
    lengthened += '\\n\\n' + paragraph
text = lengthened + text[end:]
uri = 'file://' + page

started = time.monotonic()
proc = subprocess.Popen([server, 'lsp', '--cache-dir', cache] + options, cwd=site,
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
published = []  # (time, version, count)
cond = threading.Condition()

def reader():
    while True:
        headers = {}
        while True:
            line = proc.stdout.readline()
            if not line:
                return
            if line == b'\r\n':
                break
            key, value = line.decode().split(':', 1)
            headers[key.strip().lower()] = value.strip()
        message = json.loads(proc.stdout.read(int(headers['content-length'])))
        if message.get('method') == 'textDocument/publishDiagnostics' and message['params']['uri'] == uri:
            with cond:
                published.append((time.monotonic(), message['params'].get('version'), len(message['params']['diagnostics'])))
                cond.notify_all()

threading.Thread(target=reader, daemon=True).start()
next_id = 0
def send(method, params, request=False):
    global next_id
    message = {'jsonrpc': '2.0', 'method': method, 'params': params}
    if request:
        next_id += 1
        message['id'] = next_id
    body = json.dumps(message).encode()
    proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    proc.stdin.flush()

def wait_for(version, nth, timeout=600):
    """The time of the nth publication (1-based) of a version."""
    deadline = time.monotonic() + timeout
    with cond:
        while True:
            times = [t for t, v, _ in published if v == version]
            if len(times) >= nth:
                return times[nth - 1]
            if not cond.wait(deadline - time.monotonic()):
                sys.exit('no publication %d of version %d within %d s' % (nth, version, timeout))

send('initialize', {'processId': os.getpid(), 'rootUri': 'file://' + site, 'capabilities': {}}, request=True)
send('initialized', {})
send('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'markdown', 'version': 1, 'text': text}})
first = wait_for(1, 1)
print('page: %s, %d characters (%d bytes)' % (os.path.relpath(page, site), len(text), len(text.encode())))
print('start-up to first diagnostics: %.2f s' % (first - started))
version = 1
if prose:
    loaded = wait_for(1, 2)
    print('start-up to prose diagnostics of the page (LanguageTool loaded): %.2f s' % (loaded - started))

def change(new_text):
    global version, text
    version += 1
    text = new_text
    sent = time.monotonic()
    send('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                    'contentChanges': [{'text': new_text}]})
    return sent

def summary(name, values):
    values = sorted(values)
    print('%s: median %.1f ms, min %.1f, max %.1f, over %d edits' % (name, statistics.median(values), values[0],
                                                                     values[-1], len(values)))

# The first edits warm the JIT up and are not counted: an editor's server runs for hours.
WARM_UP = 10
title_line = text.index('\ntitle: ') + len('\ntitle: ')
structural = []
for i in range(-WARM_UP, edits):
    sent = change(text[:title_line] + 'Edit %d of ' % i + text[title_line:].split('\n', 1)[0].split(' of ', 1)[-1]
                  + '\n' + text[title_line:].split('\n', 1)[1])
    took = (wait_for(version, 1) - sent) * 1000
    if i >= 0:
        structural.append(took)
    if prose:
        wait_for(version, 2)
summary('didChange to structural diagnostics', structural)

if prose:
    words = ['notably', 'clearly', 'largely', 'often', 'usually', 'really', 'mostly', 'partly', 'widely', 'deeply']
    rng = random.Random(os.getpid())  # other sentences each run: a run with warm caches checks them too
    prose_times = []
    for i in range(-WARM_UP, edits):
        start, end = answer_of(text)
        paragraphs = text[start:end].split('\\n\\n')
        k = rng.randrange(len(paragraphs))
        sentences = paragraphs[k].split('. ')
        s = rng.randrange(len(sentences))
        words_of = sentences[s].split(' ')
        w = rng.randrange(1, max(2, len(words_of)))
        words_of.insert(w, words[i % len(words)])  # one inserted word: a new sentence
        sentences[s] = ' '.join(words_of)
        paragraphs[k] = '. '.join(sentences)
        sent = change(text[:start] + '\\n\\n'.join(paragraphs) + text[end:])
        wait_for(version, 1)
        took = (wait_for(version, 2) - sent) * 1000
        if i >= 0:
            prose_times.append(took)
    summary('didChange to prose diagnostics after editing one sentence', prose_times)

with open('/proc/%d/status' % proc.pid) as status:
    for line in status:
        if line.startswith('VmHWM'):
            print('peak memory (VmHWM): %d MB' % (int(line.split()[1]) // 1024))
send('shutdown', {}, request=True)
send('exit', {})
proc.wait(30)
