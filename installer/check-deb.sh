#!/usr/bin/env bash
# Installs a built package on a clean Debian 12 and starts the app from its menu entry.
#
#   bash installer/check-deb.sh build/jianding_<version>_amd64.deb [WORKDIR]
#
# WORKDIR (default /var/tmp/jianding-deb-check) keeps a minimal Debian 12 made by
# debootstrap, reused between runs; every run installs into a fresh copy of it, so nothing
# of a previous run (or of this machine) is there. In the copy, as a user would:
#   apt install ./jianding_<version>_amd64.deb   (the package's dependencies from Debian)
# then the menu entry is validated (desktop-file-validate, its icon present in the hicolor
# theme, the AppStream metadata), the entry is started the way a menu starts it (dex, under
# Xvfb), and the check waits for the first-run window. It leaves
#   WORKDIR/install.log   what apt and the checks printed
#   WORKDIR/started.png   a screenshot of the started app
# and exits 0 only when all of it worked. Needs root (chroot) and Debian's mirror; the
# tool it uses on this machine (debootstrap) is installed when missing.
set -euo pipefail

deb=${1:?usage: bash installer/check-deb.sh path/to/jianding_VERSION_amd64.deb [WORKDIR]}
work=${2:-/var/tmp/jianding-deb-check}
deb=$(readlink -f "$deb")
[ -f "$deb" ] || { echo "check-deb: no package at $deb" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check-deb: needs root (debootstrap and chroot)" >&2; exit 2; }
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap

mkdir -p "$work"
base=$work/base
if [ ! -x "$base/usr/bin/apt-get" ]; then
  echo "check-deb: making a minimal Debian 12 in $base (once)"
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" "$mirror"
fi

root=$work/run
log=$work/install.log
cleanup() {
  for m in dev/pts dev proc sys; do
    mountpoint -q "$root/$m" && umount -l "$root/$m" || true
  done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/"
name=$(basename "$deb")

# Everything below runs inside the fresh Debian 12.
cat >"$root/root/check.sh" <<EOF
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
cd /root
echo "== the system: \$(cat /etc/debian_version)"
echo "== not installed before: \$(dpkg -l | grep -c -E 'qt6|fonts-noto-cjk' || true) Qt or CJK font packages"
apt-get update
echo "== apt install ./$name"
apt install -y ./$name
echo "== installed files"
dpkg -L jianding | grep -E 'bin/|applications|metainfo|icons|reference'
echo "== tools for the check (not needed by the app)"
apt-get install -y --no-install-recommends xvfb xauth x11-utils x11-apps netpbm dex desktop-file-utils appstream
echo "== the menu entry"
desktop-file-validate /usr/share/applications/jianding.desktop
icon=\$(sed -n 's/^Icon=//p' /usr/share/applications/jianding.desktop)
ls /usr/share/icons/hicolor/*/apps/\$icon.*
appstreamcli validate --no-net /usr/share/metainfo/*.metainfo.xml
jianding-cli --version
echo "== started from the menu entry"
cat >/root/start.sh <<'INNER'
set -u
dex /usr/share/applications/jianding.desktop >/root/app.log 2>&1 &
for i in \$(seq 1 60); do
  if xwininfo -root -tree | grep -q 'Jianding'; then
    sleep 2
    xwininfo -root -tree | grep 'Jianding'
    # The app's first window (not the 1x1 helper windows Qt keeps).
    id=\$(xwininfo -root -tree | grep 'Jianding' | grep -v ' 1x1+' | head -n 1 | awk '{print \$1}')
    xwd -id "\$id" -silent | xwdtopnm 2>/dev/null | pnmtopng >/root/started.png
    pkill -x jianding || true
    exit 0
  fi
  sleep 1
done
echo "no window of the app after 60 s"; cat /root/app.log; exit 1
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash /root/start.sh
EOF

set +e
chroot "$root" /bin/bash /root/check.sh >"$log" 2>&1
rc=$?
set -e
[ -f "$root/root/started.png" ] && cp "$root/root/started.png" "$work/started.png"
tail -n 25 "$log"
if [ $rc -eq 0 ]; then
  echo "check-deb: installed on a clean Debian 12 and started from the menu entry ($work/started.png)"
else
  echo "check-deb: FAILED (exit $rc); the whole log is $log" >&2
fi
exit $rc
