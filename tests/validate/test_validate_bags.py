"""Bag folders: valid bags of several makers and versions, and one fault per copy."""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata

import pytest
from validate_helpers import (
    PAYLOAD,
    bagit_py_valid,
    build_bag,
    codes,
    edit_manifest,
    errors,
    manifest_line,
    rehash_tagmanifests,
)

# -- valid bags -----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.0", "0.97"])
def test_bagit_python_bags_are_valid(make_bag, check, version):
    bag = make_bag(version=version)
    report = check(bag)
    assert report.valid, report.findings
    assert report.findings == []
    assert report.bagit_version == version
    assert report.payload_files == 3
    assert report.payload_bytes == sum(len(v) for v in PAYLOAD.values())
    assert bagit_py_valid(bag)


@pytest.mark.parametrize("alg", ["md5", "sha1"])
def test_weak_algorithm_only_is_valid_with_a_warning(make_bag, check, alg):
    bag = make_bag(checksums=(alg,))
    report = check(bag)
    assert report.valid
    assert codes(report) == {"W037"}
    assert bagit_py_valid(bag)


def test_every_algorithm_is_checked(make_bag, check):
    bag = make_bag(checksums=("md5", "sha1", "sha256", "sha512"))
    report = check(bag)
    assert report.valid and report.findings == []
    (bag / "data" / "article.txt").write_bytes(b"changed")
    report = check(bag)
    mismatch = [f for f in report.findings if f.code == "E070"]
    assert len(mismatch) == 1
    for alg in ("md5", "sha1", "sha256", "sha512"):
        assert alg in mismatch[0].message


def test_crlf_and_cr_tag_files_are_valid(bag, check):
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"):
        path = bag / name
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    rehash_tagmanifests(bag)
    for name in ("tagmanifest-sha256.txt",):
        path = bag / name
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    report = check(bag)
    assert report.valid, report.findings
    assert report.findings == []
    assert bagit_py_valid(bag)


def test_bag_info_continuation_lines_and_repeats(bag, check):
    (bag / "bag-info.txt").write_text(
        "Source-Organization: Example Archive\n"
        "External-Description: A long description that goes on\n"
        "  and on over a second line\n"
        "\tand a third\n"
        "Contact-Name: A\n"
        "Contact-Name: B\n"
        "Payload-Oxum: " + f"{sum(len(v) for v in PAYLOAD.values())}.3\n",
        encoding="utf-8",
    )
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid and report.findings == []


def test_percent_encoded_names_are_valid(tmp_path, check):
    odd = {"50%off\nsale.txt": b"percent and newline", "cr\rname.txt": b"carriage"}
    bag = build_bag(tmp_path / "bag", checksums=("sha256",), files={"plain.txt": b"p"})
    lines = []
    for name, content in odd.items():
        (bag / "data" / name).write_bytes(content)
        encoded = name.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0d")
        lines.append(manifest_line("sha256", f"data/{encoded}", content))
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.writelines(lines)
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    total = 1 + sum(len(v) for v in odd.values())
    info = "\n".join(
        f"Payload-Oxum: {total}.3" if line.startswith("Payload-Oxum") else line
        for line in info.splitlines()
    )
    (bag / "bag-info.txt").write_text(info + "\n", encoding="utf-8")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid, report.findings
    assert report.findings == []


def test_nfd_name_on_disk_nfc_in_manifest_is_a_warning(tmp_path, check):
    nfc_name = unicodedata.normalize("NFC", "Núñez.txt")
    nfd_name = unicodedata.normalize("NFD", nfc_name)
    bag = build_bag(tmp_path / "bag", checksums=("sha256",), files={nfc_name: b"hello"})
    (bag / "data" / nfc_name).rename(bag / "data" / nfd_name)
    report = check(bag)
    assert report.valid, report.findings
    assert codes(report) == {"W050"}
    assert bagit_py_valid(bag)


def test_same_file_listed_in_two_normalizations_is_a_warning(tmp_path, check):
    name = unicodedata.normalize("NFC", "café.txt")
    bag = build_bag(tmp_path / "bag", checksums=("sha256",), files={name: b"coffee"})
    other = unicodedata.normalize("NFD", name)
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write(manifest_line("sha256", f"data/{other}", b"coffee"))
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid, report.findings
    assert "W042" in codes(report)


def test_names_differing_only_in_case_are_a_warning(tmp_path, check):
    bag = build_bag(
        tmp_path / "bag", checksums=("sha256",), files={"Readme.txt": b"a", "README.txt": b"b"}
    )
    report = check(bag)
    assert report.valid
    assert codes(report) == {"W051"}


def test_bom_in_bag_info_is_a_warning(bag, check):
    path = bag / "bag-info.txt"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid
    assert codes(report) == {"W010"}


def test_utf16_tag_files_are_read(tmp_path, check):
    bag = build_bag(tmp_path / "bag", version="0.97", checksums=("md5",))
    (bag / "bagit.txt").write_text(
        "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-16\n", encoding="utf-8"
    )
    for name in ("bag-info.txt", "manifest-md5.txt"):
        text = (bag / name).read_text(encoding="utf-8")
        (bag / name).write_bytes(text.encode("utf-16"))
    rehash_tagmanifests(bag)
    text = (bag / "tagmanifest-md5.txt").read_text(encoding="utf-8")
    (bag / "tagmanifest-md5.txt").write_bytes(text.encode("utf-16"))
    report = check(bag)
    assert report.valid, report.findings
    assert codes(report) == {"W001", "W037"}


def test_leading_dot_slash_and_md5sum_star_are_warnings(tmp_path, check):
    bag = build_bag(tmp_path / "bag", version="0.97", checksums=("md5",), files={"a.txt": b"A"})
    edit_manifest(
        bag,
        "manifest-md5.txt",
        lambda lines: [line.replace(" data/", " *./data/") for line in lines],
    )
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid, report.findings
    assert {"W031", "W032"} <= codes(report)


def test_system_file_in_payload_is_a_warning(tmp_path, check):
    bag = build_bag(tmp_path / "bag", files={"a.txt": b"A", ".DS_Store": b"junk"})
    report = check(bag)
    assert report.valid
    assert codes(report) == {"W053"}


def test_repeated_entry_same_hash_warns_before_1_0_and_fails_in_1_0(make_bag, check):
    for version, code in (("0.97", "W030"), ("1.0", "E032")):
        bag = make_bag(version=version, checksums=("sha256",))
        edit_manifest(bag, "manifest-sha256.txt", lambda lines: lines + lines[:1])
        rehash_tagmanifests(bag)
        report = check(bag)
        assert code in codes(report)
        assert report.valid is (code.startswith("W"))


def test_empty_payload_needs_an_empty_manifest(tmp_path, check):
    bag = build_bag(tmp_path / "bag", files={})
    # bagit-python writes no manifest for an empty payload: both call that invalid
    assert errors(check(bag)) == {"E008"}
    assert not bagit_py_valid(bag)
    (bag / "manifest-sha256.txt").write_text("")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid, report.findings
    assert report.payload_files == 0


# -- one fault per copy -----------------------------------------------------------------------------


def test_flipped_payload_byte(bag, check):
    path = bag / "data" / "images" / "photo.bin"
    content = bytearray(path.read_bytes())
    content[1234] ^= 0x01
    path.write_bytes(bytes(content))
    report = check(bag)
    assert errors(report) == {"E070"}
    assert [f.path for f in report.findings] == ["data/images/photo.bin"]
    assert not bagit_py_valid(bag)


def test_missing_payload_file(bag, check):
    (bag / "data" / "article.txt").unlink()
    report = check(bag)
    assert errors(report) == {"E060", "E023"}  # Oxum beside the per-file finding
    assert {f.path for f in report.findings if f.code == "E060"} == {"data/article.txt"}
    assert not bagit_py_valid(bag)


def test_extra_payload_file(bag, check):
    (bag / "data" / "extra.txt").write_bytes(b"not listed")
    report = check(bag)
    assert errors(report) == {"E061", "E023"}
    assert {f.path for f in report.findings if f.code == "E061"} == {"data/extra.txt"}
    assert not bagit_py_valid(bag)


def test_edited_tag_file(bag, check):
    path = bag / "bag-info.txt"
    path.write_text(path.read_text(encoding="utf-8") + "Contact-Name: Mallory\n", "utf-8")
    report = check(bag)
    assert errors(report) == {"E071"}
    assert {f.path for f in report.findings} == {"bag-info.txt"}
    assert not bagit_py_valid(bag)


def test_manifest_line_removed_from_the_only_manifest(make_bag, check):
    bag = make_bag(checksums=("sha256",))
    edit_manifest(bag, "manifest-sha256.txt", lambda lines: lines[1:])
    rehash_tagmanifests(bag)
    report = check(bag)
    assert errors(report) == {"E061"}
    assert not bagit_py_valid(bag)


def test_manifest_line_removed_from_one_of_two_manifests(bag, check):
    edit_manifest(bag, "manifest-sha512.txt", lambda lines: lines[1:])
    report = check(bag)
    assert errors(report) == {"E062", "E071"}  # and the tag manifest notices the edit
    assert not bagit_py_valid(bag)


def test_wrong_oxum(bag, check):
    path = bag / "bag-info.txt"
    text = path.read_text(encoding="utf-8")
    lines = [
        "Payload-Oxum: 1.3" if line.startswith("Payload-Oxum") else line
        for line in text.splitlines()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert errors(report) == {"E023"}
    assert not bagit_py_valid(bag)


@pytest.mark.parametrize(
    "entry, code",
    [
        ("data/../../outside.txt", "E051"),
        ("../outside.txt", "E051"),
        ("/etc/passwd", "E050"),
        ("C:\\Windows\\System32\\setx.exe", "E050"),
        ("~/secret.txt", "E054"),
        ("~root/secret.txt", "E054"),
    ],
)
def test_unsafe_manifest_paths_are_never_opened(bag, check, entry, code, tmp_path):
    (tmp_path / "outside.txt").write_text("secret outside the bag")
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write(f"{'0' * 64}  {entry}\n")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert code in errors(report)
    assert not report.valid
    assert "secret outside the bag" not in repr(report.findings)


def test_manifest_path_outside_payload(bag, check):
    content = (bag / "bagit.txt").read_bytes()
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write(manifest_line("sha256", "bagit.txt", content))
    rehash_tagmanifests(bag)
    assert "E033" in errors(check(bag))


def test_payload_symlink_out_of_the_bag(bag, check, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    os.symlink(secret, bag / "data" / "link.txt")
    report = check(bag)
    assert "E055" in errors(report)
    assert "E061" not in codes(report)  # the link itself is the fault
    assert "top secret" not in repr(report.findings)


def test_manifest_path_through_a_symlinked_folder_out_of_the_bag(bag, check, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_bytes(b"root:x:0:0")
    os.symlink(outside, bag / "data" / "etc")
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write(manifest_line("sha256", "data/etc/passwd", b"root:x:0:0"))
    rehash_tagmanifests(bag)
    report = check(bag)
    assert {"E052", "E055"} <= errors(report)


def test_symlink_inside_the_bag_is_a_warning(bag, check):
    os.symlink("article.txt", bag / "data" / "alias.txt")
    content = (bag / "data" / "article.txt").read_bytes()
    for alg in ("sha256", "sha512"):
        with open(bag / f"manifest-{alg}.txt", "a", encoding="utf-8") as fh:
            fh.write(manifest_line(alg, "data/alias.txt", content))
    info = bag / "bag-info.txt"
    total = sum(len(v) for v in PAYLOAD.values()) + len(content)
    info.write_text(
        "\n".join(
            f"Payload-Oxum: {total}.4" if line.startswith("Payload-Oxum") else line
            for line in info.read_text(encoding="utf-8").splitlines()
        )
        + "\n",
        encoding="utf-8",
    )
    rehash_tagmanifests(bag)
    report = check(bag)
    assert report.valid, report.findings
    assert codes(report) == {"W052"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_payload_is_never_opened(bag, check):
    os.mkfifo(bag / "data" / "pipe")
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write(f"{'0' * 64}  data/pipe\n")
    rehash_tagmanifests(bag)
    report = check(bag)  # must return, not block on the FIFO
    assert "E056" in errors(report)


@pytest.mark.parametrize(
    "content, code",
    [
        (b"BagIt-Version: 1.0\n", "E002"),
        (b"BagIt-Version : 1.0\nTag-File-Character-Encoding: UTF-8\n", "E002"),
        (b"Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n", "E002"),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nExtra: x\n", "E002"),
        (b"\xef\xbb\xbfBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", "E003"),
        (b"BagIt-Version: .97\nTag-File-Character-Encoding: UTF-8\n", "E005"),
        (b"BagIt-Version: 3.0\nTag-File-Character-Encoding: UTF-8\n", "E005"),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: NO-SUCH-CODEC\n", "E006"),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\xff\n", "E004"),
    ],
)
def test_malformed_bagit_txt(bag, check, content, code):
    (bag / "bagit.txt").write_bytes(content)
    rehash_tagmanifests(bag)
    report = check(bag)
    assert code in errors(report), report.findings
    assert not bagit_py_valid(bag) or code == "E002"


def test_missing_bagit_txt(bag, check):
    (bag / "bagit.txt").unlink()
    rehash_tagmanifests(bag)
    assert "E001" in errors(check(bag))
    assert not bagit_py_valid(bag)


def test_missing_payload_directory_and_manifests(tmp_path, check):
    folder = tmp_path / "notabag"
    folder.mkdir()
    (folder / "readme.txt").write_text("hello")
    assert errors(check(folder)) == {"E001", "E007", "E008"}


def test_conflicting_duplicate_entries(bag, check):
    edit_manifest(
        bag,
        "manifest-sha256.txt",
        lambda lines: lines + [lines[0].replace(lines[0][:4], "ffff", 1)],
    )
    rehash_tagmanifests(bag)
    assert "E031" in errors(check(bag))
    assert not bagit_py_valid(bag)


def test_malformed_manifest_lines(bag, check):
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write("nothexatall  data/article.txt\n")
        fh.write("abcd  data/article.txt\n")
        fh.write("justonefield\n")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert [f.code for f in report.findings].count("E030") == 3


def test_megabyte_manifest_line_is_bounded(bag, check):
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write("0" * 64 + "  data/" + "x" * (1 << 20) + "\n")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert errors(report) == {"E011"}
    assert all(len(f.message) < 1000 for f in report.findings)


def test_invalid_utf8_tag_file(bag, check):
    path = bag / "bag-info.txt"
    path.write_bytes(path.read_bytes() + b"Contact-Name: \xff\xfe broken\n")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert errors(report) == {"E010"}


def test_invalid_utf8_in_manifest_path(bag, check):
    with open(bag / "manifest-sha256.txt", "ab") as fh:
        fh.write(b"0" * 64 + b"  data/\xff\xfe.txt\n")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert {"E010", "E060"} <= errors(report)


def test_tag_file_listed_but_missing(bag, check):
    extra = bag / "notes.txt"
    extra.write_text("notes")
    rehash_tagmanifests(bag)
    extra.unlink()
    report = check(bag)
    assert errors(report) == {"E063"}
    assert not bagit_py_valid(bag)


def test_unlisted_tag_file_is_a_warning(bag, check):
    (bag / "notes.txt").write_text("added after bagging")
    report = check(bag)
    assert report.valid
    assert codes(report) == {"W040"}
    assert bagit_py_valid(bag)


def test_tag_manifest_must_list_payload_manifests_in_1_0(make_bag, check):
    for version, code in (("1.0", "E036"), ("0.97", "W036")):
        bag = make_bag(version=version)
        edit_manifest(
            bag,
            "tagmanifest-sha256.txt",
            lambda lines: [line for line in lines if "manifest-sha512" not in line],
        )
        assert code in codes(check(bag))


def test_unknown_algorithm_cannot_be_verified(bag, check):
    shutil.copy(bag / "manifest-sha256.txt", bag / "manifest-whirlpool9.txt")
    report = check(bag)
    assert "E037" in errors(report)


def test_fast_and_completeness_only(bag, check):
    path = bag / "data" / "article.txt"
    content = bytearray(path.read_bytes())
    content[0] ^= 0x20
    path.write_bytes(bytes(content))
    assert check(bag, mode="fast").valid
    assert check(bag, mode="completeness").valid
    assert errors(check(bag)) == {"E070"}
    path.unlink()
    assert errors(check(bag, mode="fast")) == {"E060", "E023"}
    assert errors(check(bag, mode="completeness")) == {"E060", "E023"}


def test_fast_without_oxum_warns(bag, check):
    path = bag / "bag-info.txt"
    path.write_text(
        "".join(
            line
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("Payload-Oxum")
        ),
        encoding="utf-8",
    )
    rehash_tagmanifests(bag)
    assert codes(check(bag, mode="fast")) == {"W022"}


def test_bag_info_malformed_lines(bag, check):
    path = bag / "bag-info.txt"
    path.write_text(
        " orphan continuation\nNo colon here\nLabel : spaced\nTight:value\n"
        + path.read_text(encoding="utf-8")
        + "Payload-Oxum: 1.1\n",
        encoding="utf-8",
    )
    rehash_tagmanifests(bag)
    report = check(bag)
    assert [f.code for f in report.findings].count("E020") == 4
    assert "E022" in errors(report)


def test_jobs_and_executors_agree(tmp_path, check):
    files = {f"f{i:03d}.bin": hashlib.sha256(str(i).encode()).digest() * 64 for i in range(700)}
    bag = build_bag(tmp_path / "bag", files=files)
    (bag / "data" / "f123.bin").write_bytes(b"corrupt")
    verdicts = set()
    for jobs, executor in ((1, "inline"), (2, "process"), (2, "thread")):
        report = check(bag, jobs=jobs, executor=executor)
        verdicts.add(tuple(sorted((f.code, f.path) for f in report.findings)))
    assert verdicts == {(("E023", "bag-info.txt"), ("E070", "data/f123.bin"))}


def test_findings_are_streamed(bag, check):
    (bag / "data" / "article.txt").unlink()
    seen = []
    report = check(bag, on_finding=seen.append)
    assert seen == report.findings


def test_old_bag_with_package_info(tmp_path, check):
    bag = build_bag(tmp_path / "old", version="0.95", checksums=("md5",))
    (bag / "bag-info.txt").rename(bag / "package-info.txt")
    for manifest in bag.glob("tagmanifest-*.txt"):
        manifest.unlink()
    report = check(bag)
    assert report.valid, report.findings
    assert report.bagit_version == "0.95"
    (bag / "package-info.txt").write_text("Payload-Oxum: 1.1\n", encoding="utf-8")
    assert errors(check(bag)) == {"E023"}
