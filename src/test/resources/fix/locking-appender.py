# A writer that cooperates as mailbox tools do: it locks the file (fcntl record lock), checks that
# the path still names the file it locked (else the file was replaced meanwhile, and it tries
# again on the new one), appends one line, unlocks and pauses for 0.2 ms; until the stop file
# exists or it has appended as many lines as asked, then it prints how many it appended.
# Unpaced, it would append between every read and write of the fixer, which would never win.
# Used by SafeWriterTest.
import fcntl
import os
import sys
import time

path, stop, most = sys.argv[1], sys.argv[2], int(sys.argv[3])
i = 0
while i < most and not os.path.exists(stop):
    while True:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                os.write(fd, ("appended %d\n" % i).encode())
                break
        finally:
            os.close(fd)
    i += 1
    time.sleep(0.0002)
print(i, flush=True)
