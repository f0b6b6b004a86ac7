"""Network and synced folders are told from the operating system's own answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledarplan.filesystems import (
    DRIVE_REMOTE,
    Kind,
    classify,
    classify_linux,
    classify_mac,
    classify_synced,
    classify_windows,
    synced_roots,
)

# /proc/self/mountinfo of a municipal Linux PC: a local root, tmpfs, a CIFS home drive, an
# NFS share, an SSHFS mount, and a local disk mounted inside the network share.
MOUNTINFO = r"""
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
25 22 0:21 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw
40 22 0:45 / /home/asa/H rw,relatime shared:20 - cifs //fil01.kommun.local/home$/asa rw,vers=3.1.1
41 22 0:46 / /mnt/gemensam rw,relatime shared:21 - nfs4 fil02:/export/gemensam rw
42 22 0:47 / /home/asa/Fjärr\040mapp rw,nosuid shared:22 - fuse.sshfs asa@server:/data rw
43 41 8:17 / /mnt/gemensam/lokal rw,relatime shared:23 - ext4 /dev/sdb1 rw
"""


@pytest.mark.parametrize(
    ("path", "kind", "detail"),
    [
        ("/home/asa/.local/share/ledarplan", Kind.LOCAL, ""),
        ("/tmp/ledarplan", Kind.LOCAL, ""),
        ("/home/asa/H/ledarplan", Kind.NETWORK, "cifs mount of //fil01.kommun.local/home$/asa"),
        ("/home/asa/H", Kind.NETWORK, "cifs"),
        ("/home/asa/Hx/ledarplan", Kind.LOCAL, ""),  # a neighbour, not inside the mount
        ("/mnt/gemensam/asa", Kind.NETWORK, "nfs4 mount of fil02:/export/gemensam"),
        ("/home/asa/Fjärr mapp/plan", Kind.NETWORK, "fuse.sshfs mount of asa@server:/data"),
        ("/mnt/gemensam/lokal/ledarplan", Kind.LOCAL, ""),  # a local disk inside the share
    ],
)
def test_linux_mount_types_tell_network_folders(path, kind, detail):
    location = classify_linux(Path(path), MOUNTINFO)
    assert location.kind is kind
    assert detail in location.detail


DRIVES = {"C:\\": 3, "D:\\": 2, "H:\\": DRIVE_REMOTE}  # fixed, removable (USB), network


@pytest.mark.parametrize(
    ("path", "kind", "detail"),
    [
        (r"C:\Users\asa\AppData\Local\ledarplan", Kind.LOCAL, ""),
        (r"D:\ledarplan", Kind.LOCAL, ""),
        (r"H:\ledarplan", Kind.NETWORK, "network drive H:"),
        (r"h:\ledarplan", Kind.NETWORK, "network drive H:"),
        (r"\\fil01\home$\asa\ledarplan", Kind.NETWORK, r"network share \\fil01\home$"),
        ("//fil01/home$/asa", Kind.NETWORK, "network share"),
        (r"\\?\UNC\fil01\home$\asa", Kind.NETWORK, r"network share \\fil01\home$"),
        (r"\\?\C:\Users\asa\ledarplan", Kind.LOCAL, ""),
        (r"\\?\H:\ledarplan", Kind.NETWORK, "network drive H:"),
    ],
)
def test_windows_drive_types_and_unc_paths_tell_network_folders(path, kind, detail):
    location = classify_windows(path, lambda root: DRIVES.get(root, 3))
    assert location.kind is kind
    assert detail in location.detail


def test_mac_mount_list_tells_network_folders():
    listing = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//asa@fil01/home on /Volumes/home (smbfs, nodev, nosuid, mounted by asa)\n"
    )
    assert classify_mac(Path("/Volumes/home/ledarplan"), listing).kind is Kind.NETWORK
    assert classify_mac(Path("/Users/asa/Library/ledarplan"), listing).kind is Kind.LOCAL


def test_sync_clients_are_recognised_by_their_own_configuration(tmp_path):
    home = tmp_path / "home"
    files = {
        home / ".dropbox" / "info.json": json.dumps(
            {"business": {"path": str(home / "Dropbox (Kommunen)"), "host": 1}}
        ),
        home / ".config" / "Nextcloud" / "nextcloud.cfg": (
            "[General]\nclientVersion=3.9\n\n[Accounts]\n0\\Folders\\1\\localPath="
            f"{home / 'Nextcloud'}/\n0\\url=https://moln.kommun.se\n"
        ),
    }
    env = {"OneDriveCommercial": str(home / "OneDrive - Kommunen")}
    roots = synced_roots(env, home, files.get)
    for folder, client in (
        ("OneDrive - Kommunen/ledarplan", "OneDrive"),
        ("Dropbox (Kommunen)/x", "Dropbox"),
        ("Nextcloud/Dokument/ledarplan", "Nextcloud"),
        ("Library/CloudStorage/OneDrive-Kommunen/ledarplan", "cloud storage"),
    ):
        location = classify_synced(home / folder, roots)
        assert location.kind is Kind.SYNCED, folder
        assert client in location.detail
    assert classify_synced(home / ".local/share/ledarplan", roots).kind is Kind.LOCAL
    # A folder merely named like a sync client's is not one.
    assert classify_synced(home / "OneDrive-gammal" / "ledarplan", roots).kind is Kind.LOCAL


def test_a_broken_sync_client_file_says_nothing(tmp_path):
    files = {
        tmp_path / ".dropbox" / "info.json": "{not json",
        tmp_path / ".config" / "Nextcloud" / "nextcloud.cfg": "\x00[",
    }
    assert synced_roots({}, tmp_path, files.get)[-2:][0][1] == "a cloud storage provider"


def test_this_computers_temporary_folder_is_local(tmp_path):
    assert classify(tmp_path).local
