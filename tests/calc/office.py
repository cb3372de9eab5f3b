# SPDX-License-Identifier: MPL-2.0
"""A headless LibreOffice with a private, initialised profile and the freshly
built extension installed, for the scripts in tests/calc.

LibreOffice refuses per-user extensions for root, so a script started as
root calls run_as_unprivileged() first: it copies the script's inputs into a
private folder owned by an unprivileged user and runs the script again as
that user."""
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time

SOFFICE = os.environ.get("YARDPLAN_SOFFICE", "/usr/lib/libreoffice/program/soffice")
UNOPKG = os.environ.get("YARDPLAN_UNOPKG", "/usr/lib/libreoffice/program/unopkg")
STARTUP_SECONDS = 120

def run_quiet(cmd, env, timeout):
    result = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            timeout=timeout, check=False)
    if result.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (result.returncode, " ".join(cmd),
                                                   result.stdout.decode(errors="replace")))


def run_as_unprivileged(script, argv, inputs, workdir, outputs=()):
    """As root: stage @inputs (paths) into @workdir, run @script again as
    "nobody" with @argv, where every input path is replaced by its staged
    copy, then copy each folder of @outputs (paths in @argv) back. Exits
    with the child's status. Does nothing when not root."""
    if os.geteuid() != 0 or os.environ.get("YARDPLAN_RUNNER_CHILD"):
        return
    user = pwd.getpwnam("nobody")
    here = os.path.dirname(os.path.abspath(__file__))
    staged = {}
    for path in [os.path.join(here, "office.py"), script] + list(inputs):
        target = os.path.join(workdir, "in", os.path.basename(path))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(path, target)
        staged[path] = target
    out_map = {}
    for out in outputs:
        target = os.path.join(workdir, "out-%d" % len(out_map))
        os.makedirs(target)
        out_map[out] = target
    for root, dirs, files in os.walk(workdir):
        for name in dirs + files + [""]:
            os.chown(os.path.join(root, name), user.pw_uid, user.pw_gid)
    child_argv = [staged.get(a, out_map.get(a, a)) for a in argv]
    cmd = ["setpriv", "--reuid=%d" % user.pw_uid, "--regid=%d" % user.pw_gid, "--clear-groups",
           sys.executable, staged[script]] + child_argv
    env = dict(os.environ, HOME=workdir, YARDPLAN_RUNNER_CHILD="1", YARDPLAN_WORKDIR=workdir)
    code = subprocess.run(cmd, env=env, check=False).returncode
    for out, target in out_map.items():
        os.makedirs(out, exist_ok=True)
        for name in os.listdir(target):
            shutil.copy(os.path.join(target, name), out)
    sys.exit(code)


def set_ui_language(profile, language):
    """Sets the office's UI language in an initialised profile."""
    path = os.path.join(profile, "user", "registrymodifications.xcu")
    with open(path, encoding="utf-8") as f:
        xcu = f.read()
    item = ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
            '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value></prop></item>\n'
            % language)
    with open(path, "w", encoding="utf-8") as f:
        f.write(xcu.replace("</oor:items>", item + "</oor:items>"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Office:
    """A headless soffice with its own profile and the extension installed."""

    def __init__(self, workdir, oxt, ui_language=None):
        self.profile = "file://" + os.path.join(workdir, "profile")
        env = dict(os.environ, HOME=workdir, SAL_USE_VCLPLUGIN="svp")
        self.env = env
        run_quiet([SOFFICE, "--headless", "--norestore", "--terminate_after_init",
                   "-env:UserInstallation=" + self.profile], env, STARTUP_SECONDS)
        if ui_language:
            set_ui_language(os.path.join(workdir, "profile"), ui_language)
        run_quiet([UNOPKG, "add", "-s", "-env:UserInstallation=" + self.profile, oxt], env,
                  STARTUP_SECONDS)
        self.port = free_port()
        self.process = subprocess.Popen(
            [SOFFICE, "--headless", "--norestore", "--nologo", "--nodefault",
             "-env:UserInstallation=" + self.profile,
             "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.desktop = self.connect()

    def connect(self):
        """The office's Desktop; also keeps its component context."""
        import uno
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port
        deadline = time.time() + STARTUP_SECONDS
        while True:
            try:
                self.context = resolver.resolve(url)
                return self.context.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", self.context)
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    raise RuntimeError("LibreOffice did not start")
                time.sleep(0.5)

    def alive(self):
        return self.process.poll() is None

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def prop(name, value):
    import uno
    p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    p.Name, p.Value = name, value
    return p


def cell_name(sheet, address):
    col, n = "", address.Column + 1
    while n:
        n, rem = divmod(n - 1, 26)
        col = chr(65 + rem) + col
    return "%s.%s%d" % (sheet.Name, col, address.Row + 1)


