"""Extraction as tables: text in, (kind, quote text, speaker, role) out; negatives yield nothing.

All texts are written for these tests.
"""
import pytest

from quotetrack.engine import detect_language, extract_quotes


def run(text, lang):
    return [(q.kind, q.text, q.speaker, q.role) for q in extract_quotes(text, lang, find_people=_no_ner)]


def _no_ner(text, start, end):
    return []


#: A village before a person's name in a capitalised village title, told only by a later short
#: form that is the second capitalised word: no safe sign ("Dedi Supriadi Hidayat … kata Supriadi").
_NO_VILLAGE_SIGN = pytest.mark.xfail(
    strict=True, reason="a later short form that is the second capitalised word is no safe sign of a village "
                        "before a name (Dedi Supriadi Hidayat … kata Supriadi): 7e842f3 reverted")


ID_CASES = [
    pytest.param(
        "Sidang putusan Hakim Wiryo Santoso yang menyatakan terdakwa bersalah berlangsung singkat.",
        [],
        id="a-titled-person-after-a-document-noun-before-yang-is-no-document-source"),
    pytest.param(
        "Kepala sekolah merujuk pada surat edaran nomor 7 tahun 2021 yang menyebutkan kelas harus dibatasi.",
        [("indirect", "kelas harus dibatasi", "surat edaran nomor 7 tahun 2021", None)],
        id="a-two-noun-document-name-before-yang-is-the-whole-source"),
    pytest.param(
        "Rina menegaskan \"Pancasila\" sebagai dasar negara yang tidak bisa diubah.",
        [],
        id="a-bare-cue-before-one-capitalised-word-in-marks-is-a-term-no-quote"),
    pytest.param(
        "Kepala Sekolah di desa Karangjati Wahyu Prasetyo mengatakan, ujian semester akan diundur sepekan.",
        [("indirect", "ujian semester akan diundur sepekan", "Wahyu Prasetyo", "Kepala Sekolah di desa Karangjati")],
        id="a-lower-case-place-noun-takes-the-capitalised-word-after-it-as-the-place"),
    pytest.param(
        "Ketua RT di kampung Cibeber Sutarno mengatakan, warga akan kerja bakti hari Minggu.",
        [("indirect", "warga akan kerja bakti hari Minggu", "Sutarno", "Ketua RT di kampung Cibeber")],
        id="a-lower-case-place-noun-then-a-one-word-name-leaves-the-name-alone"),
    pytest.param(
        "Harga cabai di kota Semarang Selatan naik tajam, kata pedagang Wahyu Prasetyo.",
        [("indirect", "Harga cabai di kota Semarang Selatan naik tajam", "Wahyu Prasetyo", "pedagang")],
        id="a-lower-case-place-noun-inside-the-report-takes-no-speaker-s-word"),
    pytest.param(
        "Warga kampung Cigadung mengatakan, sumur mereka kering sejak Agustus.",
        [("indirect", "sumur mereka kering sejak Agustus", "Warga kampung Cigadung", None)],
        id="a-group-noun-then-a-lower-case-place-noun-and-its-name-is-a-described-source"),
    pytest.param(
        "Warga kampung Cigadung Sri Lestari mengatakan, sumur mereka kering sejak Agustus.",
        [("indirect", "sumur mereka kering sejak Agustus", "Sri Lestari", "Warga kampung Cigadung")],
        id="a-group-noun-a-lower-case-place-noun-its-name-and-a-person-keeps-the-person"),
    pytest.param(
        "Sumur kami kering sejak Agustus, kata warga Dusun Ngaglik.",
        [("indirect", "Sumur kami kering sejak Agustus", "warga Dusun Ngaglik", None)],
        id="residents-of-a-capitalised-village-unit-and-its-name-are-a-described-source"),
    pytest.param(
        "Sumur kami kering sejak Agustus, kata warga Dusun Ngaglik Sri Lestari.",
        [("indirect", "Sumur kami kering sejak Agustus", "Sri Lestari", "warga Dusun Ngaglik")],
        id="residents-of-a-capitalised-village-unit-its-name-and-a-person-keep-the-person"),
    pytest.param(
        "Bidan desa Sumarni mengatakan banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "Sumarni", "Bidan desa")],
        id="a-title-then-a-lower-case-place-noun-and-a-name-is-a-person"),
    pytest.param(
        "Menurut bidan desa Sumarni, banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "Sumarni", "bidan desa")],
        id="menurut-a-title-then-a-lower-case-place-noun-and-a-name-is-a-person"),
    pytest.param(
        "Tokoh masyarakat desa Sumarno mengatakan banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "Sumarno", "Tokoh masyarakat desa")],
        id="a-title-holding-a-resident-noun-then-desa-and-a-name-is-a-person"),
    pytest.param(
        "Ketua BPD desa Sumarno mengatakan banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "Sumarno", "Ketua BPD desa")],
        id="a-body-s-title-then-desa-and-a-name-is-a-person"),
    pytest.param(
        "Petani Dusun Krajan mengatakan banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "Petani Dusun Krajan", None)],
        id="farmers-of-a-capitalised-dusun-are-a-described-source"),
    pytest.param(
        "Menurut nelayan kampung Cibeber, banjir sudah surut pada Senin.",
        [("indirect", "banjir sudah surut pada Senin", "nelayan kampung Cibeber", None)],
        id="menurut-fishers-of-a-lower-case-kampung-are-a-described-source"),
    pytest.param(
        "Kepala desa Sumarno mengatakan, sumur warga kering sejak Agustus.",
        [("indirect", "sumur warga kering sejak Agustus", "Sumarno", "Kepala desa")],
        id="a-unit-head-title-then-the-lower-case-unit-noun-and-a-name-is-a-person"),
    pytest.param(
        "Wakil Ketua Komisi II Dimas Pranoto mengatakan, kuota solar nelayan akan ditambah.",
        [("indirect", "kuota solar nelayan akan ditambah", "Dimas Pranoto", "Wakil Ketua Komisi II")],
        id="a-roman-numeral-after-a-commission-closes-the-title-not-opens-the-name"),
    pytest.param(
        "Kepala Dinas Pertanian I Dewa Ketut Arsana mengatakan, kuota pupuk akan ditambah.",
        [("indirect", "kuota pupuk akan ditambah", "I Dewa Ketut Arsana", "Kepala Dinas Pertanian")],
        id="a-balinese-i-before-a-name-opener-stays-the-name-s"),
    pytest.param(
        "Dosen gizi Lina Marlina menilai program itu terlalu mahal. Bagi dia, dana itu lebih baik untuk posyandu.",
        [("indirect", "program itu terlalu mahal", "Lina Marlina", "Dosen gizi"),
         ("indirect", "dana itu lebih baik untuk posyandu", "Lina Marlina", "Dosen gizi")],
        id="bagi-dia-after-a-source-s-report-is-her-voiced-view"),
    pytest.param(
        "\"Kami akan membantu warga,\" kata para relawan. Bagi mereka, bantuan itu datang terlambat.",
        [("direct", "Kami akan membantu warga,", "para relawan", None)],
        id="bagi-mereka-after-a-group-s-quote-is-no-view"),
    pytest.param(
        "\"Kami akan membantu warga,\" kata Budi. Bagi beliau, desa ini adalah rumah kedua.",
        [("direct", "Kami akan membantu warga,", "Budi", None)],
        id="bagi-beliau-after-a-quote-with-no-judging-and-no-report-after-is-narration"),
    pytest.param(
        "\"Kami akan membantu warga,\" kata Budi. Bagi beliau, desa ini sangat penting bagi keluarganya.",
        [("direct", "Kami akan membantu warga,", "Budi", None),
         ("indirect", "desa ini sangat penting bagi keluarganya", "Budi", None)],
        id="bagi-beliau-after-a-quote-with-a-word-of-judging-is-his-view"),
    pytest.param(
        "Dosen gizi Lina Marlina menilai program itu terlalu mahal. Bagi dia, dana itu untuk posyandu. "
        "\"Posyandu kekurangan timbangan,\" katanya.",
        [("indirect", "program itu terlalu mahal", "Lina Marlina", "Dosen gizi"),
         ("indirect", "dana itu untuk posyandu", "Lina Marlina", "Dosen gizi"),
         ("direct", "Posyandu kekurangan timbangan,", "Lina Marlina", "Dosen gizi")],
        id="bagi-dia-between-a-report-and-a-quote-is-her-view"),
    pytest.param(
        "Dosen gizi Lina Marlina pulang ke Garut. Bagi dia, kota itu tempat paling tenang.",
        [],
        id="bagi-dia-after-no-report-is-no-quote"),
    pytest.param(
        "Tarif tol baru itu diprediksi para ekonom akan menaikkan ongkos logistik.",
        [("indirect", "Tarif tol baru itu diprediksi para ekonom akan menaikkan ongkos logistik", "para ekonom", None)],
        id="a-passive-assessment-verb-with-its-agent-then-a-predicate-is-the-agent-s-view"),
    pytest.param(
        "Tarif tol baru itu diperkirakan akan menaikkan ongkos logistik.",
        [],
        id="a-passive-assessment-verb-with-no-agent-is-no-quote"),
    pytest.param(
        "Anggota DPR Joko Pranoto mempertanyakan apakah stok gula cukup hingga Lebaran.",
        [("indirect", "apakah stok gula cukup hingga Lebaran", "Joko Pranoto", "Anggota DPR")],
        id="mempertanyakan-apakah-reports-the-voiced-question"),
    pytest.param(
        "Anggota DPR Joko Pranoto mempertanyakan anggaran pengadaan gula itu.",
        [],
        id="mempertanyakan-a-noun-phrase-reports-nothing"),
    pytest.param(
        "Kepala Desa Karangjati Wahyu Prasetyo mengatakan, ujian semester akan diundur sepekan.",
        [("indirect", "ujian semester akan diundur sepekan", "Wahyu Prasetyo", "Kepala Desa Karangjati")],
        marks=pytest.mark.xfail(strict=True, reason="a lone capitalised Desa title and three capitalised words: "
                                "no sign tells a village's name from a given name, so the name stays whole"),
        id="a-capitalised-desa-title-then-the-place-and-the-person"),
    pytest.param(
        "Banjir merendam sawah di Karangjati pada Senin. Kepala Desa Karangjati Wahyu Prasetyo mengatakan "
        "air sudah surut.",
        [("indirect", "air sudah surut", "Wahyu Prasetyo", "Kepala Desa Karangjati")],
        id="a-capitalised-desa-title-then-a-word-the-article-names-as-a-place-and-the-person"),
    pytest.param(
        "Kepala Desa Sukamaju Budi Santoso mengatakan jalan desa rusak berat sejak banjir. \"Kami sudah melapor "
        "ke kecamatan,\" ujar Budi.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Budi Santoso", "Kepala Desa Sukamaju"),
         ("direct", "Kami sudah melapor ke kecamatan,", "Budi Santoso", "Kepala Desa Sukamaju")],
        marks=_NO_VILLAGE_SIGN,
        id="a-capitalised-desa-title-whose-person-is-later-called-by-the-second-word"),
    pytest.param(
        "Kepala Desa Sukamaju Budi Santoso mengatakan jalan desa rusak berat sejak banjir. Menurut Budi, "
        "perbaikan butuh dana besar.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Budi Santoso", "Kepala Desa Sukamaju"),
         ("indirect", "perbaikan butuh dana besar", "Budi Santoso", "Kepala Desa Sukamaju")],
        marks=_NO_VILLAGE_SIGN,
        id="a-capitalised-desa-title-whose-person-is-later-menurut-the-second-word"),
    pytest.param(
        "Sekretaris Desa Cibodas Rina Wulandari mengatakan jalan desa rusak berat sejak banjir. \"Kami sudah "
        "melapor ke kecamatan,\" kata Rina.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Rina Wulandari", "Sekretaris Desa Cibodas"),
         ("direct", "Kami sudah melapor ke kecamatan,", "Rina Wulandari", "Sekretaris Desa Cibodas")],
        marks=_NO_VILLAGE_SIGN,
        id="a-capitalised-sekretaris-desa-title-whose-person-is-later-called-by-the-second-word"),
    pytest.param(
        "Kepala Desa Sukamaju Budi Santoso mengatakan jalan desa rusak berat sejak banjir. Warga Desa Sukamaju "
        "kini memakai perahu.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Budi Santoso", "Kepala Desa Sukamaju")],
        id="a-capitalised-desa-title-whose-village-the-article-names-with-desa"),
    pytest.param(
        "Kepala Desa Agus Budi Santoso mengatakan jalan desa rusak berat sejak banjir. \"Kami sudah melapor "
        "ke kecamatan,\" kata Agus.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Agus Budi Santoso", "Kepala Desa"),
         ("direct", "Kami sudah melapor ke kecamatan,", "Agus Budi Santoso", "Kepala Desa")],
        id="a-capitalised-desa-title-whose-person-is-later-called-by-the-first-word-keeps-the-name"),
    pytest.param(
        "Kepala Desa Sukamaju Budi Santoso mengatakan jalan desa rusak berat sejak banjir. \"Kami sudah melapor "
        "ke kecamatan,\" kata Kepala Desa Sukamaju.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Budi Santoso", "Kepala Desa Sukamaju"),
         ("direct", "Kami sudah melapor ke kecamatan,", "Budi Santoso", "Kepala Desa Sukamaju")],
        marks=_NO_VILLAGE_SIGN,
        id="a-village-head-later-named-by-office-and-village-is-its-holder"),
    pytest.param(
        "Kepala Desa Sukamaju Budi Santoso mengatakan jalan desa rusak berat sejak banjir. \"Kami sudah melapor "
        "ke kecamatan,\" kata seorang warga Desa Sukamaju.",
        [("indirect", "jalan desa rusak berat sejak banjir", "Budi Santoso", "Kepala Desa Sukamaju"),
         ("direct", "Kami sudah melapor ke kecamatan,", "seorang warga Desa Sukamaju", None)],
        id="a-resident-of-the-village-is-not-its-head"),
    pytest.param(
        "Kepala Desa Agus Budi Santoso mengatakan banjir datang tiba-tiba.",
        [("indirect", "banjir datang tiba-tiba", "Agus Budi Santoso", "Kepala Desa")],
        id="a-capitalised-desa-title-then-a-three-word-name-keeps-the-name"),
    pytest.param(
        "Sekretaris Desa Bambang Sri Widodo mengatakan banjir datang tiba-tiba.",
        [("indirect", "banjir datang tiba-tiba", "Bambang Sri Widodo", "Sekretaris Desa")],
        id="a-capitalised-sekretaris-desa-title-then-a-three-word-name-keeps-the-name"),
    pytest.param(
        "Kepala Desa Dewi Sartika Putri datang ke Karangjati. Kepala Desa Dewi Sartika Putri mengatakan "
        "banjir datang tiba-tiba.",
        [("indirect", "banjir datang tiba-tiba", "Dewi Sartika Putri", "Kepala Desa")],
        id="a-desa-title-and-name-repeated-is-no-sign-of-a-place"),
    pytest.param(
        "Sumur kami kering sejak Agustus, kata petani Desa Yanto Hadi Wibowo.",
        [("indirect", "Sumur kami kering sejak Agustus", "Yanto Hadi Wibowo", "petani Desa")],
        id="residents-of-a-capitalised-desa-then-a-three-word-name-keep-the-name"),
    pytest.param(
        "Banjir merendam sawah di Ngaglik. Sumur kami kering sejak Agustus, kata petani Desa Ngaglik "
        "Yanto Hadi Wibowo.",
        [("indirect", "Sumur kami kering sejak Agustus", "Yanto Hadi Wibowo", "petani Desa Ngaglik")],
        id="residents-of-a-capitalised-desa-the-article-names-as-a-place-and-a-three-word-name"),
    pytest.param(
        "Kepala Desa Muhammad Rizki Ramadhan mengatakan, ujian semester akan diundur sepekan.",
        [("indirect", "ujian semester akan diundur sepekan", "Muhammad Rizki Ramadhan", "Kepala Desa")],
        id="a-capitalised-desa-title-then-a-three-word-name-opened-as-names-are-keeps-the-name"),
    pytest.param(
        "Menurut Bank Dunia, pertumbuhan ekonomi kawasan akan melambat tahun ini.",
        [("indirect", "pertumbuhan ekonomi kawasan akan melambat tahun ini", "Bank Dunia", None)],
        id="a-body-name-opened-by-bank-and-closed-by-a-dictionary-word-is-one-organisation"),
    pytest.param(
        "Pusat Kajian Kelautan dan Perikanan Terpadu mengatakan, stok ikan tongkol di perairan selatan menurun tajam.",
        [("indirect", "stok ikan tongkol di perairan selatan menurun tajam",
          "Pusat Kajian Kelautan dan Perikanan Terpadu", None)],
        id="a-capitalised-body-name-with-dan-inside-is-one-organisation"),
    pytest.param(
        "Lembaga Kajian Pangan Dunia Rina Hartati mengatakan, harga kedelai impor terus naik.",
        [("indirect", "harga kedelai impor terus naik", "Rina Hartati", "Lembaga Kajian Pangan Dunia")],
        id="a-body-name-then-a-person-s-name-keeps-the-person"),
    pytest.param(
        "Badan Riset Kelautan Wahyu Lestari mengatakan, stok ikan tongkol terus menurun.",
        [("indirect", "stok ikan tongkol terus menurun", "Wahyu Lestari", "Badan Riset Kelautan")],
        id="a-body-s-own-name-then-a-given-name-of-dictionary-words-is-a-person"),
    pytest.param(
        "Yayasan Indah Lestari mengatakan, beasiswa itu dibuka lagi bulan depan.",
        [("indirect", "beasiswa itu dibuka lagi bulan depan", "Yayasan Indah Lestari", None)],
        id="a-body-head-noun-alone-then-a-given-name-of-dictionary-words-is-the-body-s-name"),
    pytest.param(
        'Warsito mengatakan "Pasokan pupuk di gudang kami masih aman."',
        [("direct", "Pasokan pupuk di gudang kami masih aman.", "Warsito", None)],
        id="a-saying-verb-right-before-the-mark-with-no-comma-introduces-the-quote"),
    pytest.param(
        "Kepala Dinas Pertanian Lamongan Warsito bilang “Kami sudah menyiapkan benih unggul untuk musim tanam.”",
        [("direct", "Kami sudah menyiapkan benih unggul untuk musim tanam.", "Warsito",
          "Kepala Dinas Pertanian Lamongan")],
        id="bilang-right-before-the-mark-with-no-comma-introduces-the-quote"),
    pytest.param(
        'Rina menyebut "Kampung Bambu" sebagai tujuan wisata baru.',
        [],
        id="menyebut-right-before-a-name-in-marks-is-no-bare-cue"),
    pytest.param(
        'Warga mengatakan "ya" ketika ditanya soal jalan rusak itu.',
        [("mixed", '"ya" ketika ditanya soal jalan rusak itu', "Warga", None)],
        id="a-bare-cue-before-a-lower-case-word-in-marks-is-no-direct-quote"),
    pytest.param(
        "Angka pengangguran tahun ini, menurut data BPS, mencapai 6 persen.",
        [("indirect", "Angka pengangguran tahun ini, menurut data BPS, mencapai 6 persen", "BPS", None)],
        id="mid-sentence-menurut-data-with-a-short-predicate-takes-the-whole-sentence"),
    pytest.param(
        "Kerugian itu, menurut data OJK, mencapai 12 miliar rupiah.",
        [("indirect", "Kerugian itu, menurut data OJK, mencapai 12 miliar rupiah", "OJK", None)],
        id="mid-sentence-menurut-after-a-two-word-subject-takes-the-whole-sentence"),
    pytest.param(
        "Tahun lalu, menurut data OJK, kerugian mencapai 12 miliar rupiah.",
        [("indirect", "kerugian mencapai 12 miliar rupiah", "OJK", None)],
        id="mid-sentence-menurut-after-a-two-word-adverbial-then-a-subject-reports-what-follows"),
    pytest.param(
        "Sayangnya, menurut Sutrisno, tidak ada petani yang mendapat pupuk murah.",
        [("indirect", "tidak ada petani yang mendapat pupuk murah", "Sutrisno", None)],
        id="mid-sentence-menurut-after-a-nya-sentence-adverb-reports-what-follows"),
    pytest.param(
        "Kini, menurut Sutrisno, sudah ada 40 kios baru di pasar itu.",
        [("indirect", "sudah ada 40 kios baru di pasar itu", "Sutrisno", None)],
        id="mid-sentence-menurut-after-a-time-adverb-reports-what-follows"),
    pytest.param(
        "Sutrisno mengatakan petani di desanya mulai memanen padi. Hasil panen tahun ini, menurutnya, cukup "
        "memuaskan petani.",
        [("indirect", "petani di desanya mulai memanen padi", "Sutrisno", None),
         ("indirect", "Hasil panen tahun ini, menurutnya, cukup memuaskan petani", "Sutrisno", None)],
        id="mid-sentence-menurutnya-with-a-short-predicate-takes-the-whole-sentence"),
    pytest.param(
        "Namun, kenaikan harga itu, menurut Sutrisno, tidak terlalu besar.",
        [("indirect", "Namun, kenaikan harga itu, menurut Sutrisno, tidak terlalu besar", "Sutrisno", None)],
        id="mid-sentence-menurut-after-a-connective-and-a-subject-takes-the-whole-sentence"),
    pytest.param(
        "Namun, saat hujan turun, menurut Sutrisno, jalan desa tidak bisa dilewati.",
        [("indirect", "jalan desa tidak bisa dilewati", "Sutrisno", None)],
        id="mid-sentence-menurut-after-a-connective-and-an-adverbial-reports-what-follows"),
    pytest.param(
        "Harga cabai naik tajam pekan ini, menurut Sutrisno, di Pasar Baru.",
        [("indirect", "Harga cabai naik tajam pekan ini", "Sutrisno", None)],
        id="menurut-then-a-place-closing-the-sentence-reports-the-clause-before"),
    pytest.param(
        'Rina mengatakan bahwa "Jembatan desa akan selesai dibangun bulan depan."',
        [("direct", "Jembatan desa akan selesai dibangun bulan depan.", "Rina", None)],
        id="bahwa-then-a-whole-quote-in-straight-marks-is-direct"),
    pytest.param(
        "Rina menegaskan bahwa “Jembatan desa akan selesai dibangun bulan depan.”",
        [("direct", "Jembatan desa akan selesai dibangun bulan depan.", "Rina", None)],
        id="bahwa-then-a-whole-quote-in-curly-marks-is-direct"),
    pytest.param(
        "Rina mengatakan bahwa jembatan “yang sudah lama ditunggu” akan selesai bulan depan.",
        [("mixed", "jembatan “yang sudah lama ditunggu” akan selesai bulan depan", "Rina", None)],
        id="bahwa-then-a-clause-holding-a-quoted-fragment-stays-mixed"),
    pytest.param(
        "Rina berharap bahwa “jembatan desa akan selesai dibangun bulan depan”.",
        [],
        id="bahwa-after-a-hope-is-no-quote"),
    pytest.param(
        "Wali murid mengatakan sekolah belum memberi kabar soal jadwal ujian.",
        [("indirect", "sekolah belum memberi kabar soal jadwal ujian", "Wali murid", None)],
        id="wali-murid-is-a-described-source"),
    pytest.param(
        "Orang tua siswa kelas 5 mengatakan bus sekolah sering terlambat.",
        [("indirect", "bus sekolah sering terlambat", "Orang tua siswa kelas 5", None)],
        id="orang-tua-siswa-narrowed-after-it-is-a-described-source"),
    pytest.param(
        "Wali murid berharap sekolah segera memberi kabar soal jadwal ujian.",
        [],
        id="wali-murid-hoping-voices-nothing"),
    pytest.param(
        "Rapat wali murid memutuskan iuran bulanan dihapus.",
        [],
        id="a-meeting-of-wali-murid-deciding-is-no-report"),
    pytest.param(
        "Menurut pengajar Ilmu Pemerintahan Universitas Negeri Tanjungsari, Darmin Lubis, aturan baru itu menandakan "
        "langkah mundur.",
        [("indirect", "aturan baru itu menandakan langkah mundur", "Darmin Lubis",
          "pengajar Ilmu Pemerintahan Universitas Negeri Tanjungsari")],
        id="menurut-a-lower-case-title-read-as-a-description-then-the-name-is-the-named-person"),
    pytest.param(
        "Menurut Ketua KPU Tanjungsari, Wiryo Santoso, DPRD dan pemerintah daerah sudah sepakat soal jadwal pemilu.",
        [("indirect", "DPRD dan pemerintah daerah sudah sepakat soal jadwal pemilu", "Wiryo Santoso",
          "Ketua KPU Tanjungsari")],
        id="menurut-title-name-then-an-acronym-and-dan-opening-the-clause-is-no-list-of-people"),
    pytest.param(
        "Menurut pengamat politik, Wiryo Santoso, Presiden dan DPR sudah sepakat soal jadwal pemilu.",
        [("indirect", "Presiden dan DPR sudah sepakat soal jadwal pemilu", "Wiryo Santoso", "pengamat politik")],
        id="menurut-description-name-then-a-title-and-dan-opening-the-clause-is-no-list-of-people"),
    pytest.param(
        "Menurut pengamat politik, Wiryo Santoso, Indonesia, Malaysia, dan Thailand harus bekerja sama.",
        [("indirect", "Indonesia, Malaysia, dan Thailand harus bekerja sama", "Wiryo Santoso", "pengamat politik")],
        id="menurut-description-name-then-a-list-of-countries-is-no-list-of-people"),
    pytest.param(
        "Menurut dosen Universitas Negeri Manado, Rina Kartika, pemeriksaan massal perlu diperluas.",
        [("indirect", "pemeriksaan massal perlu diperluas", "Rina Kartika", "dosen Universitas Negeri Manado")],
        id="menurut-a-lower-case-title-ending-in-a-place-then-the-name-is-the-named-person"),
    pytest.param(
        "Menurut data Dinas Kesehatan, Jakarta, Bogor, dan Depok masih zona merah.",
        [("indirect", "Jakarta, Bogor, dan Depok masih zona merah", "Dinas Kesehatan", None)],
        id="menurut-a-record-then-places-names-no-person"),
    pytest.param(
        "Menurut epidemiolog Universitas Tanjungsari, Larasati Murni, pemeriksaan sampel harus dipercepat.",
        [("indirect", "pemeriksaan sampel harus dipercepat", "Larasati Murni", "epidemiolog Universitas Tanjungsari")],
        id="menurut-a-title-then-the-name-set-off-by-commas-is-the-named-person"),
    pytest.param(
        "Menurut Dekan Fakultas Teknik Universitas Tirta Kencana, Palembang, Herman Sitompul, izin tambang itu "
        "sudah dicabut.",
        [("indirect", "izin tambang itu sudah dicabut", "Herman Sitompul",
          "Dekan Fakultas Teknik Universitas Tirta Kencana")],
        id="menurut-a-title-its-city-and-then-the-name-is-the-named-person"),
    pytest.param(
        "Menurut anggota Dewan Kesenian Kota Tanjungsari, Yohanes Baskoro, Rabu (8/9/2027), waktu itu panggung "
        "belum dibangun.",
        [("indirect", "waktu itu panggung belum dibangun", "Yohanes Baskoro", "anggota Dewan Kesenian Kota Tanjungsari")],
        id="menurut-a-title-the-name-and-the-day-of-the-speech-then-the-report"),
    pytest.param(
        "Menurut pengamat tata kota, Rosa Lindawati, Bima Harsono dan Teguh akan bersaing di pemilihan wali kota.",
        [("indirect", "Rosa Lindawati, Bima Harsono dan Teguh akan bersaing di pemilihan wali kota",
          "pengamat tata kota", None)],
        id="menurut-a-description-then-a-list-of-names-the-first-name-is-no-speaker"),
    pytest.param(
        "Menurut pengamat pertanian, Sarto Wibisono, Lukas, dan Yanti perlu menjelaskan rencana panen mereka.",
        [("indirect", "Sarto Wibisono, Lukas, dan Yanti perlu menjelaskan rencana panen mereka",
          "pengamat pertanian", None)],
        id="menurut-a-description-then-names-listed-over-commas-the-first-name-is-no-speaker"),
    pytest.param(
        "Menurut peneliti pertanian, Sarto Wibisono, Kalimantan masih kekurangan benih padi unggul.",
        [("indirect", "Kalimantan masih kekurangan benih padi unggul", "Sarto Wibisono", "peneliti pertanian")],
        id="menurut-a-description-then-the-name-then-a-capitalised-subject-keeps-the-named-person"),
    pytest.param(
        "Menurut hukum, setiap petani berhak atas pupuk bersubsidi dari pemerintah.",
        [],
        id="menurut-a-lower-case-word-that-only-modifies-titles-names-no-office"),
    pytest.param(
        "Menurut mantan, pernikahan mereka sudah lama retak.",
        [],
        id="menurut-mantan-alone-names-no-office"),
    pytest.param(
        "Gubernur Dewi Anggraini hadir di Medan. Menurut gubernur, jalan tol itu dibuka bulan depan.",
        [("indirect", "jalan tol itu dibuka bulan depan", "Dewi Anggraini", "Gubernur")],
        id="menurut-a-bare-office-is-the-holder-named-before"),
    pytest.param(
        "Menurut Kepala Dinas Sosial Budi Santoso, Rina Wati dan Ahmad Yani akan dipanggil pekan depan.",
        [("indirect", "Rina Wati dan Ahmad Yani akan dipanggil pekan depan", "Budi Santoso", "Kepala Dinas Sosial")],
        id="menurut-a-titled-full-name-keeps-the-names-after-its-comma-in-the-report"),
    pytest.param(
        "Lahan gambut, menurut Organisasi Tani Dunia (OTD), paling menderita akibat kemarau itu.",
        [("indirect", "paling menderita akibat kemarau itu", "Organisasi Tani Dunia", None)],
        id="an-organisasi-named-in-capitals-is-a-body-not-a-person-called-dunia"),
    pytest.param(
        "Akan tetapi, menurut Pusat Informasi Energi Terbarukan, harga rerata listrik surya belum turun.",
        [("indirect", "harga rerata listrik surya belum turun", "Pusat Informasi Energi Terbarukan", None)],
        id="a-pusat-named-in-capitals-is-a-body-not-a-person-called-terbarukan"),
    pytest.param(
        "Kepala Pusat Informasi Energi Budi Santoso mengatakan harga listrik surya belum turun.",
        [("indirect", "harga listrik surya belum turun", "Budi Santoso", "Kepala Pusat Informasi Energi")],
        id="a-title-before-a-pusat-keeps-the-person-named-after-it"),
    pytest.param(
        "Kepala Seksi Humas Polres Tanjungsari Komisaris Besar Ratna Dewi dalam siaran pers pada Jumat (11/6/2027) "
        "menyampaikan, jembatan timbang ditutup sementara.",
        [("indirect", "jembatan timbang ditutup sementara", "Ratna Dewi", "Kepala Seksi Humas Polres Tanjungsari")],
        id="the-setting-and-day-of-the-speech-glued-to-the-name-are-no-part-of-the-speaker"),
    pytest.param(
        "Warga Palembang Barat Nurhayati Sembiring (71) pada Sabtu (23/8/2025) mengatakan, ia bersama tetangganya belum "
        "menerima kupon sembako.",
        [("indirect", "ia bersama tetangganya belum menerima kupon sembako", "Nurhayati Sembiring", "Warga Palembang Barat")],
        id="pada-and-the-day-after-a-name-and-its-age-are-no-part-of-the-speaker"),
    pytest.param(
        "Biro Komunikasi Pemerintah Kabupaten Tanjungsari dalam keterangan tertulis yang diterima Warta Pesisir pada "
        "Selasa (2/12/2025) menyebutkan, dermaga itu selesai diperbaiki.",
        [("indirect", "dermaga itu selesai diperbaiki", "Biro Komunikasi Pemerintah Kabupaten Tanjungsari", None)],
        id="a-long-dated-setting-naming-its-outlet-is-no-part-of-the-speaker"),
    pytest.param(
        "Guru di sekolah itu Sinta Maharani pada Rabu (5/3) mengatakan, kelas sore ditiadakan sementara.",
        [("indirect", "kelas sore ditiadakan sementara", "Sinta Maharani", "Guru di sekolah itu")],
        id="a-dated-setting-does-not-swallow-the-name-it-ends-in"),
    pytest.param(
        "Petani di dusun itu Karto Suwiryo (58) pada Jumat (7/3/2024) mengatakan, harga gabah turun sejak panen raya.",
        [("indirect", "harga gabah turun sejak panen raya", "Karto Suwiryo", "Petani di dusun itu")],
        id="a-dated-setting-does-not-swallow-the-name-and-age-it-ends-in"),
    pytest.param(
        "Kepala Dinas Pendidikan di Kabupaten Garut Budi Santoso pada Senin (3/2) mengatakan, sekolah dibuka kembali.",
        [("indirect", "sekolah dibuka kembali", "Budi Santoso", "Kepala Dinas Pendidikan di Kabupaten Garut")],
        id="a-place-inside-the-title-is-no-setting-of-the-speech"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi kemudian menyebut kalau kementerian masih kecewa dengan "
        "capaian itu.",
        [("indirect", "kementerian masih kecewa dengan capaian itu", "Hadi Saputra", "Menteri Keuangan")],
        id="kalau-for-bahwa-with-no-consequence-after-it-opens-the-report-after-it"),
    pytest.param(
        "Kepala Desa Warsito Adi hadir di balai desa. Warsito mengatakan jika sungai meluap sawah warga selalu "
        "terendam.",
        [("indirect", "jika sungai meluap sawah warga selalu terendam", "Warsito Adi", "Kepala Desa")],
        id="jika-then-a-condition-and-a-consequence-with-selalu-is-kept-in-the-report"),
    pytest.param(
        "Kepala Desa Warsito Adi hadir di balai desa. Warsito menjelaskan kalau harga pupuk naik petani tidak "
        "menanam jagung.",
        [("indirect", "kalau harga pupuk naik petani tidak menanam jagung", "Warsito Adi", "Kepala Desa")],
        id="kalau-then-a-condition-and-a-negated-consequence-is-kept-in-the-report"),
    pytest.param(
        "Kepala Desa Warsito Adi hadir di balai desa. Warsito menyebut kalau pemerintah tidak puas dengan hasil "
        "panen itu.",
        [("indirect", "pemerintah tidak puas dengan hasil panen itu", "Warsito Adi", "Kepala Desa")],
        id="kalau-for-bahwa-then-a-negated-predicate-of-its-subject-opens-the-report-after-it"),
    pytest.param(
        "Kepala Desa Warsito Adi hadir di balai desa. Warsito menyebut jika  pemerintah belum puas dengan hasil "
        "panen itu.",
        [("indirect", "pemerintah belum puas dengan hasil panen itu", "Warsito Adi", "Kepala Desa")],
        id="jika-for-bahwa-before-two-spaces-opens-the-report-at-the-next-word"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi menyebut jika pajak itu rutin dipungut kas daerah "
        "bisa tumbuh lima persen.",
        [("indirect", "jika pajak itu rutin dipungut kas daerah bisa tumbuh lima persen", "Hadi Saputra",
          "Menteri Keuangan")],
        id="jika-with-a-modal-consequence-is-a-condition-kept-in-the-report"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi menegaskan, jika anggaran dipotong, maka program "
        "itu ditunda.",
        [("indirect", "jika anggaran dipotong, maka program itu ditunda", "Hadi Saputra", "Menteri Keuangan")],
        id="jika-with-a-comma-and-maka-is-a-condition-kept-in-the-report"),
    pytest.param(
        "Ketua Demokrat Budi Santoso mengatakan partainya siap berkoalisi.",
        [("indirect", "partainya siap berkoalisi", "Budi Santoso", "Ketua Demokrat")],
        id="demokrat-after-the-title-is-the-roles-not-the-names"),
    pytest.param(
        "Persis seperti yang diduga, Budi Santoso mengatakan partainya siap berkoalisi.",
        [("indirect", "partainya siap berkoalisi", "Budi Santoso", None)],
        id="persis-as-an-adverb-opening-the-sentence-is-no-club-and-no-source"),
    pytest.param(
        "Ketua Koperasi Nelayan Suryani Lestari hadir. Suryani mengatakan di Klaten, Kamis (6/3/2025) petang, harga "
        "gabah akan naik pekan depan.",
        [("indirect", "harga gabah akan naik pekan depan", "Suryani Lestari", "Ketua Koperasi Nelayan")],
        id="the-day-and-petang-of-the-telling-set-off-by-commas-is-no-part-of-the-report"),
    pytest.param(
        "Ketua Koperasi Nelayan Suryani Lestari hadir. Harga gabah, ujar Suryani di Klaten, Kamis (6/3/2025) sore, "
        "akan naik pekan depan.",
        [("indirect", "Harga gabah, ujar Suryani di Klaten, Kamis (6/3/2025) sore, akan naik pekan depan",
          "Suryani Lestari", "Ketua Koperasi Nelayan")],
        id="a-mid-sentence-cue-then-place-day-and-sore-of-the-telling-keeps-the-whole-sentence"),
    pytest.param(
        "Ketua Koperasi Nelayan Suryani Lestari hadir. Suryani mengatakan, Kamis (6/3) petang nanti pasar lelang "
        "dibuka.",
        [("indirect", "Kamis (6/3) petang nanti pasar lelang dibuka", "Suryani Lestari", "Ketua Koperasi Nelayan")],
        id="a-day-and-petang-not-set-off-by-a-comma-is-the-reports-own"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono saat dihubungi, Senin (3/2/2025), mengatakan, harga pupuk akan turun "
        "bulan depan.",
        [("indirect", "harga pupuk akan turun bulan depan", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="a-titled-name-then-saat-dihubungi-and-the-day-set-off-before-the-cue-is-the-speaker"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono dalam konferensi pers, Rabu (1/7), mengatakan, harga pupuk akan turun "
        "bulan depan.",
        [("indirect", "harga pupuk akan turun bulan depan", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="a-titled-name-then-its-occasion-and-the-day-before-the-cue-is-the-speaker"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono, saat dihubungi di Sleman, Senin (3/2/2025) petang, mengatakan, harga "
        "pupuk akan turun.",
        [("indirect", "harga pupuk akan turun", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="the-day-of-the-speech-with-its-time-of-day-is-no-part-of-the-subject"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono saat dihubungi di Sleman, mengatakan, harga pupuk akan turun bulan depan.",
        [("indirect", "harga pupuk akan turun bulan depan", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="saat-dihubungi-at-a-place-after-the-name-is-no-part-of-the-speaker"),
    pytest.param(
        "Kepolisian saat dihubungi, Senin (3/2/2025), mengatakan kasus itu masih diselidiki.",
        [],
        id="a-bare-body-word-then-saat-dihubungi-and-the-day-names-no-speaker"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi menegaskan hubungannya dengan Rudi baik-baik saja.",
        [("indirect", "hubungannya dengan Rudi baik-baik saja", "Hadi Saputra", "Menteri Keuangan")],
        id="a-weak-cue-then-a-subject-and-baik-baik-saja-is-a-report"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi memastikan kondisinya di lapangan aman.",
        [("indirect", "kondisinya di lapangan aman", "Hadi Saputra", "Menteri Keuangan")],
        id="a-weak-cue-then-a-nya-subject-and-an-adjective-predicate-is-a-report"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi menekankan pentingnya lingkungan kerja aman.",
        [],
        id="pentingnya-and-a-noun-phrase-ending-in-an-adjective-is-no-report"),
    pytest.param(
        "Menteri Keuangan Hadi Saputra hadir di Jakarta. Hadi menyoroti desa yang baik-baik saja.",
        [],
        id="baik-baik-saja-in-a-relative-clause-of-the-object-is-no-report"),
    pytest.param(
        "Ketua Golkar Budi Santoso mengatakan partainya siap berkoalisi.",
        [("indirect", "partainya siap berkoalisi", "Budi Santoso", "Ketua Golkar")],
        id="a-partys-short-name-after-the-title-is-the-roles-not-the-names"),
    pytest.param(
        "Tim tamu kalah 0-2 di Bandung. Pelatih Persib Fabio Lemos mengaku kecewa. "
        "\"Kami bermain buruk hari ini,\" kata Fabio.",
        [("direct", "Kami bermain buruk hari ini,", "Fabio Lemos", "Pelatih Persib")],
        id="a-clubs-short-name-after-the-title-is-the-roles-not-the-names"),
    pytest.param(
        "Golkar menyatakan siap berkoalisi dengan partai mana pun.",
        [("indirect", "siap berkoalisi dengan partai mana pun", "Golkar", None)],
        id="a-partys-short-name-alone-is-the-party-speaking"),
    pytest.param(
        "Ketua Koperasi Persada Budi Santoso mengatakan koperasinya siap berkoalisi.",
        [("indirect", "koperasinya siap berkoalisi", "Budi Santoso", "Ketua Koperasi Persada")],
        id="an-unknown-body-name-after-an-institution-word-still-goes-to-the-role"),
    pytest.param(
        "Presiden Hendra Wijaya meresmikan bendungan di Garut. Menurut presiden, bendungan itu akan mengairi "
        "ribuan hektare sawah.",
        [("indirect", "bendungan itu akan mengairi ribuan hektare sawah", "Hendra Wijaya", "Presiden")],
        id="menurut-a-bare-lower-case-office-is-its-named-holder"),
    pytest.param(
        "Bendungan baru diresmikan di Garut. Menurut presiden, bendungan itu akan mengairi ribuan hektare sawah.",
        [("indirect", "bendungan itu akan mengairi ribuan hektare sawah", "presiden", None)],
        id="menurut-a-bare-office-with-no-holder-named-stays-as-written"),
    pytest.param(
        "Presiden Hendra Wijaya meresmikan bendungan di Garut. Sang presiden mengatakan bendungan tersebut "
        "akan mengairi sawah.",
        [("indirect", "bendungan tersebut akan mengairi sawah", "Hendra Wijaya", "Presiden")],
        id="sang-and-a-bare-office-before-the-cue-is-its-named-holder"),
    pytest.param(
        "Presiden Hendra Wijaya meresmikan bendungan di Garut. \"Air ini untuk sawah rakyat,\" kata sang presiden.",
        [("direct", "Air ini untuk sawah rakyat,", "Hendra Wijaya", "Presiden")],
        id="kata-sang-and-a-bare-office-is-its-named-holder"),
    pytest.param(
        "Atlet muda Rina Kusuma menang di Solo. Sang juara mengatakan latihannya berat selama setahun.",
        [],
        id="sang-and-a-word-that-is-no-office-is-no-known-source"),
    pytest.param(
        "Presiden Hendra Wijaya meresmikan bendungan di Garut. Menurut aturan, bendungan itu harus diaudit.",
        [],
        id="menurut-a-rule-is-no-source"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono hadir di Sleman. Rudi mengatakan di Sleman, Senin (3/2/2025), "
        "harga pupuk akan turun bulan depan.",
        [("indirect", "harga pupuk akan turun bulan depan", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="the-place-and-day-of-the-telling-after-the-cue-stay-out-of-the-report"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono hadir di Sleman. Menurut Rudi, Kamis (6/2) malam, "
        "harga pupuk akan turun bulan depan.",
        [("indirect", "harga pupuk akan turun bulan depan", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="the-day-of-the-telling-set-off-by-commas-after-menurut-x-stays-out"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono hadir di Sleman. Rudi mengatakan, Senin (3/2/2025) mendatang "
        "harga pupuk akan turun.",
        [("indirect", "Senin (3/2/2025) mendatang harga pupuk akan turun", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="a-day-with-no-comma-after-it-belongs-to-the-report"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono hadir di Sleman. Rudi mengatakan, hingga Senin (3/2/2025), "
        "harga pupuk belum turun.",
        [("indirect", "hingga Senin (3/2/2025), harga pupuk belum turun", "Rudi Hartono", "Ketua Koperasi Tani")],
        id="a-day-after-hingga-belongs-to-the-report"),
    pytest.param(
        "Ketua Koperasi Tani Rudi Hartono hadir di Sleman. Harga pupuk, ujarnya di Sleman, Senin (3/2/2025), "
        "akan turun bulan depan.",
        [("indirect", "Harga pupuk, ujarnya di Sleman, Senin (3/2/2025), akan turun bulan depan",
          "Rudi Hartono", "Ketua Koperasi Tani")],
        id="a-mid-sentence-cue-with-the-place-and-day-of-its-telling-reports-the-whole-sentence"),
    pytest.param(
        "DalamLaporan Tani Mandiri, disebutkan bahwa benih lokal lebih tahan kekeringan.",
        [("indirect", "benih lokal lebih tahan kekeringan", "Laporan Tani Mandiri", None)],
        id="a-document-run-into-dalam-by-the-scraper-is-still-the-source"),
    pytest.param(
        "DalamNegeri Raya, disebutkan bahwa benih lokal lebih tahan kekeringan.",
        [],
        id="a-non-document-run-into-dalam-is-no-source"),
    pytest.param(
        "Menteri Perhubungan Lusi Anggraeni hadir di Bekasi. Lusi menegaskan kesiapan anggaran kereta baru, "
        "namun pengirimannya masih menunggu jadwal pabrik.",
        [],
        id="a-noun-object-then-namun-and-a-clause-is-no-report"),
    pytest.param(
        "Menteri Perhubungan Lusi Anggraeni hadir di Bekasi. Lusi menegaskan anggaran kereta baru sudah tersedia, "
        "namun pengirimannya masih menunggu jadwal pabrik.",
        [("indirect", "anggaran kereta baru sudah tersedia, namun pengirimannya masih menunggu jadwal pabrik",
          "Lusi Anggraeni", "Menteri Perhubungan")],
        id="a-clause-then-namun-and-a-clause-is-one-report"),
    pytest.param(
        "Wakil Dekan Sekar Ayuningtyas hadir di kampus. Sekar menambahkan setelah masa sanksi itu berakhir, "
        "para mahasiswa boleh kembali mengikuti praktikum.",
        [("indirect", "setelah masa sanksi itu berakhir, para mahasiswa boleh kembali mengikuti praktikum",
          "Sekar Ayuningtyas", "Wakil Dekan")],
        id="a-setelah-clause-with-its-own-subject-after-the-cue-belongs-to-the-report"),
    pytest.param(
        "Wakil Dekan Sekar Ayuningtyas hadir di kampus. Sekar menambahkan setelah ditemui di ruang kerjanya, "
        "para mahasiswa boleh kembali mengikuti praktikum.",
        [("indirect", "para mahasiswa boleh kembali mengikuti praktikum", "Sekar Ayuningtyas", "Wakil Dekan")],
        id="a-setelah-clause-of-the-saying-itself-stays-out-of-the-report"),
    pytest.param(
        "Wakil Menteri Sinta Rahardja hadir di Batam. Ia memastikan pihaknya siap apabila jadwal pemilu itu digeser.",
        [("indirect", "pihaknya siap apabila jadwal pemilu itu digeser", "Sinta Rahardja", "Wakil Menteri")],
        id="a-pronoun-subject-before-a-conditional-still-opens-a-report"),
    pytest.param(
        "Wakil Menteri Sinta Rahardja hadir di Batam. Pemerintah juga masih melihat terlebih dahulu manfaat "
        "pemulangan Darto ke tanah air apabila bukan WNI.",
        [],
        id="a-conditionals-predicate-after-a-noun-object-is-no-report"),
    pytest.param(
        "Wakil Menteri Sinta Rahardja hadir di Batam. Ia menilai aturan itu, apabila disahkan, akan membebani nelayan.",
        [("indirect", "aturan itu, apabila disahkan, akan membebani nelayan", "Sinta Rahardja", "Wakil Menteri")],
        id="a-predicate-after-a-conditional-set-off-by-commas-is-a-report"),
    pytest.param(
        "Kepala Polsek Wahyu Pranata meninjau alun-alun. Ia memastikan keamanan penonton selama festival berlangsung.",
        [],
        id="a-time-clause-verb-after-a-noun-object-is-no-predicate"),
    pytest.param(
        "Kepala Polsek Wahyu Pranata meninjau alun-alun. Ia memastikan keamanan penonton selama ini terjaga dengan baik.",
        [("indirect", "keamanan penonton selama ini terjaga dengan baik", "Wahyu Pranata", "Kepala Polsek")],
        id="selama-ini-is-a-time-adverbial-and-the-predicate-follows"),
    pytest.param(
        "Dalam surat edaran dinas itu, disebutkan pula bahwa setiap kelas wajib memiliki tempat cuci tangan.",
        [("indirect", "setiap kelas wajib memiliki tempat cuci tangan", "surat edaran dinas", None)],
        id="pula-after-a-documents-passive-cue-is-no-part-of-the-report"),
    pytest.param(
        "Dalam surat edaran dinas itu, disebutkan setiap kelas pula wajib memiliki tempat cuci tangan.",
        [("indirect", "setiap kelas pula wajib memiliki tempat cuci tangan", "surat edaran dinas", None)],
        id="a-pula-later-in-the-report-stays"),
    pytest.param(
        "Dalam Jurnal Gizi Nusantara, dijelaskan bahwa anak yang sarapan lebih mudah berkonsentrasi.",
        [("indirect", "anak yang sarapan lebih mudah berkonsentrasi", "Jurnal Gizi Nusantara", None)],
        id="a-journal-after-dalam-before-a-passive-cue-is-the-source"),
    pytest.param(
        "Dalam acara peluncuran jurnal itu disebutkan bahwa anak yang sarapan lebih mudah berkonsentrasi.",
        [],
        id="an-occasion-after-dalam-is-no-document-source"),
    pytest.param(
        "Anggota DPRD Rina Lestari hadir di sekolah itu. Dia menegaskan, dewan akan memanggil kepala dinas "
        "untuk memastikan bahwa bantuan sampai ke siswa.",
        [("indirect", "dewan akan memanggil kepala dinas untuk memastikan bahwa bantuan sampai ke siswa",
          "Rina Lestari", "Anggota DPRD")],
        id="a-clause-after-the-cues-comma-keeps-a-later-bahwa-of-its-own-verb"),
    pytest.param(
        "Anggota DPRD Rina Lestari hadir di sekolah itu. Dia menegaskan, dalam rapat yang digelar kemarin, "
        "bahwa bantuan sampai ke siswa.",
        [("indirect", "bantuan sampai ke siswa", "Rina Lestari", "Anggota DPRD")],
        id="an-adverbial-after-the-cues-comma-still-leads-to-bahwa"),
    pytest.param(
        "Kuasa hukum Rina, Yoga Pratama, hadir di pengadilan.\nIa menjamin kliennya akan datang pada sidang berikutnya.",
        [("indirect", "kliennya akan datang pada sidang berikutnya", "Yoga Pratama", "Kuasa hukum Rina")],
        id="menjamin-with-a-clause-is-a-report"),
    pytest.param(
        "Kuasa hukum Rina, Yoga Pratama, hadir di pengadilan.\nIa menjamin keamanan saksi.",
        [],
        id="menjamin-with-a-noun-object-is-no-report"),
    pytest.param(
        "Camat Yusuf Hamdani menyatakan tiga opsi untuk mengatasi antrean di loket pajak.",
        [],
        id="a-counted-noun-object-after-a-cue-is-no-report"),
    pytest.param(
        "Camat Yusuf Hamdani menyatakan tiga opsi itu akan dibahas bersama warga.",
        [("indirect", "tiga opsi itu akan dibahas bersama warga", "Yusuf Hamdani", "Camat")],
        id="a-counted-noun-subject-with-a-predicate-is-a-report"),
    pytest.param(
        "Kedua negara akan meneken perjanjian dagang itu bulan depan, menurut pernyataan dari kantor PM Selandia Baru.",
        [("indirect", "Kedua negara akan meneken perjanjian dagang itu bulan depan", "kantor PM Selandia Baru", None)],
        id="the-office-of-a-named-holder-after-a-final-menurut-is-the-source"),
    pytest.param(
        "Kedua negara akan meneken perjanjian dagang itu bulan depan, menurut kantor tersebut.",
        [],
        id="an-office-pointed-back-to-after-a-final-menurut-is-no-named-source"),
    pytest.param(
        "Ribuan orang turun ke jalan di Medan.\n\"Turunkan harga beras!\" teriak para pengunjuk rasa.\n"
        "Di depan kantor gubernur, mereka membakar ban bekas.\n"
        "\"Rakyat butuh makan,\" demikian bunyi salah satu spanduk di lokasi.",
        [("direct", "Turunkan harga beras!", "para pengunjuk rasa", None),
         ("direct", "Rakyat butuh makan,", "para pengunjuk rasa", None)],
        id="a-banner-text-after-the-crowd-spoke-is-the-crowds"),
    pytest.param(
        "Gubernur Budi Santoso menemui massa.\n\"Kami akan menurunkan harga,\" kata Budi.\n"
        "\"Rakyat butuh makan,\" demikian bunyi salah satu spanduk di lokasi.",
        [("direct", "Kami akan menurunkan harga,", "Budi Santoso", "Gubernur"),
         ("direct", "Rakyat butuh makan,", "salah satu spanduk di lokasi", None)],
        id="a-banner-text-after-a-person-spoke-is-no-persons"),
    pytest.param(
        "Jalan di depan pasar ditutup sejak pagi.\n\"Kami hanya ingin lewat,\" kata Dodi, warga setempat.\n"
        "\"Pasar milik rakyat,\" demikian bunyi salah satu spanduk di lokasi.",
        [("direct", "Kami hanya ingin lewat,", "Dodi", "warga setempat"),
         ("direct", "Pasar milik rakyat,", "salah satu spanduk di lokasi", None)],
        id="a-banner-text-after-a-resident-spoke-is-no-residents"),
    pytest.param(
        "Dilansir kabarNusa dari Wartanusa, gempa itu merusak sedikitnya dua puluh rumah.",
        [("indirect", "gempa itu merusak sedikitnya dua puluh rumah", "Wartanusa", None)],
        id="an-outlet-passing-on-an-agency-after-dari-gives-the-agency"),
    pytest.param(
        "Seperti dilansir kabarNusa, gempa itu merusak sedikitnya dua puluh rumah.",
        [("indirect", "gempa itu merusak sedikitnya dua puluh rumah", "kabarNusa", None)],
        id="an-outlet-in-camel-case-after-seperti-dilansir-is-the-source"),
    pytest.param(
        "Dikutip dari Wartanusa, gempa itu merusak sedikitnya dua puluh rumah.",
        [("indirect", "gempa itu merusak sedikitnya dua puluh rumah", "Wartanusa", None)],
        id="a-named-outlet-after-dikutip-dari-is-the-source"),
    pytest.param(
        "Dikutip dari berbagai sumber, gempa itu merusak sedikitnya dua puluh rumah.",
        [],
        id="unnamed-sources-after-dikutip-dari-give-no-report"),
    pytest.param(
        "Gempa itu merusak sedikitnya dua puluh rumah, demikian dikutip dariKabar Nusa.",
        [],
        id="a-cue-run-into-the-next-word-is-no-camel-case-outlet"),
    pytest.param(
        "Warga mengungsi ke balai desa.\nSCROLL TO CONTINUE WITH CONTENT\n"
        "Gempa itu merusak sedikitnya dua puluh rumah, demikian dikutip dariKabar Nusa.",
        [("indirect", "Gempa itu merusak sedikitnya dua puluh rumah", "Kabar Nusa", None)],
        id="on-a-scraped-page-a-preposition-run-into-the-outlet-is-read-as-a-space"),
    pytest.param(
        "Pendidikan itu membentuk karakter Rudi yang tekun, jujur, dan berani, demikian dikutip dari Jurnal Sejarah Nusantara.",
        [("indirect", "Pendidikan itu membentuk karakter Rudi yang tekun, jujur, dan berani", "Jurnal Sejarah Nusantara", None)],
        id="demikian-dikutip-keeps-a-list-in-the-clause"),
    pytest.param(
        "Sementara itu, harga cabai naik tajam pekan ini, demikian dilaporkan Kabar Nusa.",
        [("indirect", "harga cabai naik tajam pekan ini", "Kabar Nusa", None)],
        id="demikian-dilaporkan-past-an-opener"),
    pytest.param(
        "Gempa itu merusak sedikitnya dua puluh rumah, demikian dikutip dari Kabar Nusa.",
        [("indirect", "Gempa itu merusak sedikitnya dua puluh rumah", "Kabar Nusa", None)],
        id="demikian-dikutip-dari-outlet-with-space"),
    pytest.param(
        "Pelatih itu dipecat pekan lalu. DilansirdetikSport,tim itu gagal lolos ke final.\n"
        "“Kami akan bangkit,” kataRudi Hartono, kapten tim.",
        [("indirect", "tim itu gagal lolos ke final", "detikSport", None),
         ("direct", "Kami akan bangkit,", "Rudi Hartono", "kapten tim")],
        id="scraper-glue-after-cue-and-before-outlet-is-read-as-a-space"),
    pytest.param(
        "“Film ini penting bagi kami,” kata aktor Leonardo DiCaprio di festival itu.",
        [("direct", "Film ini penting bagi kami,", "Leonardo DiCaprio", "aktor")],
        id="capitalised-di-inside-a-name-is-no-glue"),
    pytest.param(
        "Harga beras naik dalam 30 detik terakhir di pasar.\n\nMenurut KataData, harga beras naik 10 persen tahun ini.",
        [("indirect", "harga beras naik 10 persen tahun ini", "KataData", None)],
        id="the-word-detik-is-no-scraper-mark-and-kata-in-an-outlet-no-glue"),
    pytest.param(
        "SCROLL TO CONTINUE WITH CONTENT\n\nMenurut KataData, harga beras naik 10 persen tahun ini.",
        [("indirect", "harga beras naik 10 persen tahun ini", "KataData", None)],
        id="a-capitalised-kata-is-no-glue-on-a-scraped-page"),
    pytest.param(
        "Gedung itu rusak. , dia melanjutkan, gedung rawat inap akan dibuka pekan depan.",
        [],
        id="an-interrupting-cue-after-a-bare-comma-has-no-subject"),
    pytest.param(
        "Mengutip siaran pers dari Biro Humas, Data, dan Informasi Dinas Kota, upacara dipimpin oleh Kepala "
        "Dinas Ratna Sari mulai pukul 07.00.",
        [],
        id="a-body-named-with-commas-after-dari-is-no-title-and-name-source"),
    pytest.param(
        "Bupati Rahmat Hidayat menyampaikan harapannya bahwa pasar baru itu ramai pembeli.",
        [("indirect", "pasar baru itu ramai pembeli", "Rahmat Hidayat", "Bupati")],
        id="a-stance-noun-before-bahwa-is-no-part-of-the-report"),
    pytest.param(
        "Bupati Rahmat Hidayat menyampaikan harapannya agar pedagang tidak menaikkan harga.",
        [("indirect", "pedagang tidak menaikkan harga", "Rahmat Hidayat", "Bupati")],
        id="a-wish-noun-before-agar-is-no-part-of-the-report"),
    pytest.param(
        "Bupati Rahmat Hidayat menegaskan harapan pedagang bahwa harga turun tidak masuk akal.",
        [("indirect", "harapan pedagang bahwa harga turun tidak masuk akal", "Rahmat Hidayat", "Bupati")],
        id="a-stance-noun-with-its-own-holder-opens-the-report"),
    pytest.param(
        "Wartawan Dodi Lesmana dari harian Kabar Timur mengatakan dirinya dihalangi petugas saat meliput.",
        [("indirect", "dirinya dihalangi petugas saat meliput", "Dodi Lesmana", "Wartawan")],
        id="a-journalist-titled-name-from-an-outlet-is-the-person-not-the-outlet"),
    pytest.param(
        "Peneliti Budi Santoso dari Universitas Lembah Hijau mengatakan stok ikan masih aman.",
        [("indirect", "stok ikan masih aman", "Budi Santoso", "Peneliti")],
        id="a-titled-name-with-a-common-word-before-dari-is-still-the-person"),
    pytest.param(
        "Kepala Dinas Pangan dari Kabupaten Lembah Hijau, Sri Wahyuni, mengatakan stok ikan masih aman.",
        [("indirect", "stok ikan masih aman", "Sri Wahyuni", "Kepala Dinas Pangan dari Kabupaten Lembah Hijau")],
        id="an-office-of-common-words-before-dari-is-no-name"),
    pytest.param(
        "Pelaku adalah sopir pribadi korban, Joko Widarto (41).\n\"Saya menyesal,\" kata Joko.",
        [("direct", "Saya menyesal,", "Joko Widarto", "sopir pribadi korban")],
        id="a-title-after-adalah-before-a-comma-and-a-name-is-the-role"),
    pytest.param(
        "Pelaku adalah adik ipar sekaligus sopirnya sendiri, Joko Widarto (41).\n\"Saya menyesal,\" kata Joko.",
        [("direct", "Saya menyesal,", "Joko Widarto", "adik ipar sekaligus sopirnya sendiri")],
        id="two-roles-joined-by-sekaligus-after-a-copula-are-the-role"),
    pytest.param(
        "Penyebabnya adalah kelalaian sopir, Joko Widarto (41).\n\"Saya menyesal,\" kata Joko.",
        [("direct", "Saya menyesal,", "Joko Widarto", None)],
        id="a-noun-that-is-no-title-after-adalah-gives-no-role"),
    pytest.param(
        "Pelaku adalah sopir yang dulu bekerja untuk korban, Joko Widarto (41).\n\"Saya menyesal,\" kata Joko.",
        [("direct", "Saya menyesal,", "Joko Widarto", None)],
        id="a-clause-after-adalah-before-a-comma-and-a-name-is-no-role"),
    pytest.param(
        "Menteri Hukum Budi Santoso ditanya soal tahanan bernama Agus Salim alias Kobra.\n"
        "\"Kobra tidak pernah menghubungi kami,\" kata Budi, Senin (3/2).\n"
        "Kobra memiliki paspor asing sejak lama.\n"
        "\"Kami masih menunggu putusan pengadilan,\" ucapnya.",
        [("direct", "Kobra tidak pernah menghubungi kami,", "Budi Santoso", "Menteri Hukum"),
         ("direct", "Kami masih menunggu putusan pengadilan,", "Budi Santoso", "Menteri Hukum")],
        id="a-person-the-last-speaker-quoted-about-as-subject-leaves-the-clitic-to-the-speaker"),
    pytest.param(
        "Menteri Hukum Budi Santoso ditanya soal tahanan bernama Agus Salim alias Kobra.\n"
        "\"Kobra tidak pernah menghubungi kami,\" kata Budi, Senin (3/2).\n"
        "Kobra menegaskan dirinya warga negara Indonesia.\n"
        "\"Saya tidak pernah pindah kewarganegaraan,\" ucapnya.",
        [("direct", "Kobra tidak pernah menghubungi kami,", "Budi Santoso", "Menteri Hukum"),
         ("direct", "Saya tidak pernah pindah kewarganegaraan,", "Agus Salim", None)],
        id="a-person-the-last-speaker-quoted-about-who-speaks-takes-the-clitic"),
    pytest.param(
        "Menteri Hukum Budi Santoso ditanya soal tahanan Agus Salim dan adiknya, Dedi Kurnia.\n"
        "\"Agus tidak pernah menghubungi kami,\" kata Budi, Senin (3/2).\n"
        "Dedi memiliki paspor asing sejak lama.\n"
        "\"Kami masih menunggu putusan pengadilan,\" ucapnya.",
        [("direct", "Agus tidak pernah menghubungi kami,", "Budi Santoso", "Menteri Hukum"),
         ("direct", "Kami masih menunggu putusan pengadilan,", "Dedi Kurnia", None)],
        id="a-person-the-last-speaker-did-not-quote-about-as-subject-keeps-the-clitic"),
    pytest.param(
        "Sementara pihak Rina yang diwakili kuasa hukumnya, Budi Santoso, meyakini polisi bekerja profesional.\n"
        "\"Kami percaya proses hukum,\" kata Budi.",
        [("direct", "Kami percaya proses hukum,", "Budi Santoso", "kuasa hukumnya")],
        id="a-title-after-diwakili-before-a-comma-and-a-name-is-the-role"),
    pytest.param(
        "Sementara pihak Rina yang diwakili keluarganya, Budi Santoso, meyakini polisi bekerja profesional.\n"
        "\"Kami percaya proses hukum,\" kata Budi.",
        [("direct", "Kami percaya proses hukum,", "Budi Santoso", None)],
        id="a-word-after-diwakili-that-is-no-title-is-no-role"),
    pytest.param(
        "Dalam pertemuan itu, Rudi mengatakan kepada Budi Santoso, Duta Besar Sukamaju untuk Jepang, bahwa ia kecewa.\n"
        "\"Saya menghormati keputusan itu,\" jawab Budi.",
        [("direct", "Saya menghormati keputusan itu,", "Budi Santoso", "Duta Besar Sukamaju untuk Jepang")],
        id="a-title-set-off-after-a-name-after-kepada-is-the-role"),
    pytest.param(
        "Rudi mengatakan kepada Budi Santoso, Ketua Koperasi Sukamaju dan mantan kepala desa, bahwa panen gagal.\n"
        "\"Saya menghormati keputusan itu,\" jawab Budi.",
        [("direct", "Saya menghormati keputusan itu,", "Budi Santoso", "Ketua Koperasi Sukamaju")],
        id="a-lower-case-former-office-after-dan-ends-the-apposed-title"),
    pytest.param(
        "Rudi berbicara dengan Budi Santoso, Ketua Koperasi Sukamaju Rina Wati, dan para petani di balai desa.\n"
        "\"Saya menghormati keputusan itu,\" kata Budi.",
        [("direct", "Saya menghormati keputusan itu,", "Budi Santoso", None)],
        id="a-list-after-dengan-gives-the-first-name-no-title"),
    pytest.param(
        "Rombongan itu dipimpin oleh Chairman of the Committee on Fisheries of the Sukamaju House of Representatives, "
        "Budi Santoso bersama stafnya, di Balai Kota, Senin (3/2/2025).\n"
        "\"Kami datang untuk belajar,\" ujar Budi.",
        [("direct", "Kami datang untuk belajar,", "Budi Santoso",
          "Chairman of the Committee on Fisheries of the Sukamaju House of Representatives")],
        id="an-english-office-with-of-before-a-comma-and-a-name-is-the-role"),
    pytest.param(
        "Rombongan itu dipimpin oleh Deputy Director of the Sukamaju Fisheries Office, Budi Santoso, di Balai Kota.\n"
        "\"Kami datang untuk belajar,\" ujar Budi.",
        [("direct", "Kami datang untuk belajar,", "Budi Santoso", "Deputy Director of the Sukamaju Fisheries Office")],
        id="an-english-office-before-a-body-and-a-comma-is-the-whole-role"),
    pytest.param(
        "Rombongan itu datang dari University of Sukamaju, Budi Santoso memimpin mereka ke Balai Kota.\n"
        "\"Kami datang untuk belajar,\" ujar Budi.",
        [("direct", "Kami datang untuk belajar,", "Budi Santoso", None)],
        id="an-english-body-with-of-before-a-comma-is-no-office"),
    pytest.param(
        "Direktorat Jenderal Pendidikan Dasar (Ditjen Dikdas) meninjau sekolah itu. "
        "Ditjen Dikdas Rahmat Hidayat membenarkan kabar itu.\n"
        "\"Kami sudah berkoordinasi dengan sekolah,\" ujar Hidayat saat dihubungi.",
        [("direct", "Kami sudah berkoordinasi dengan sekolah,", "Rahmat Hidayat", "Ditjen Dikdas")],
        id="a-body-glued-to-a-person-the-article-later-names-is-the-role"),
    pytest.param(
        "Kemenkes Rahmat Hidayat membenarkan kabar itu.\n"
        "\"Kami sudah berkoordinasi dengan rumah sakit,\" ujar Hidayat saat dihubungi.",
        [("direct", "Kami sudah berkoordinasi dengan rumah sakit,", "Rahmat Hidayat", "Kemenkes")],
        id="a-word-after-the-body-never-written-with-it-alone-is-the-persons"),
    pytest.param(
        "Pemkot Sukamaju Muhammad Fikri Ramadhan mengatakan, jumlah warga terdampak terus berkurang.\n"
        "\"Bantuan sudah kami salurkan,\" kata Fikri.",
        [("indirect", "jumlah warga terdampak terus berkurang", "Muhammad Fikri Ramadhan", "Pemkot Sukamaju"),
         ("direct", "Bantuan sudah kami salurkan,", "Muhammad Fikri Ramadhan", "Pemkot Sukamaju")],
        id="a-name-opener-before-the-later-form-opens-the-name-after-a-body"),
    pytest.param(
        "Polda Sukamaju Barat mengatakan, jumlah kasus terus berkurang.\n"
        "\"Patroli terus kami lakukan,\" kata Budi.",
        [("indirect", "jumlah kasus terus berkurang", "Polda Sukamaju Barat", None),
         ("direct", "Patroli terus kami lakukan,", "Budi", None)],
        id="a-body-short-word-and-its-name-with-no-later-person-stay-the-body"),
    pytest.param(
        "Kepala Desa Budi Santoso membenarkan kabar itu.\n\"Kalau itu iya, memang betul,\"imbuhnya.",
        [("direct", "Kalau itu iya, memang betul,", "Budi Santoso", "Kepala Desa")],
        id="a-cue-glued-to-the-closing-mark-closes-the-quote"),
    pytest.param(
        "Kepala Desa Budi Santoso membenarkan kabar itu.\n\"Kalau itu iya, memang betul,\" kataBudi.",
        [("direct", "Kalau itu iya, memang betul,", "Budi Santoso", "Kepala Desa")],
        id="a-cue-glued-to-the-name-after-it-is-the-cue"),
    pytest.param(
        "Kepala Desa Budi Santoso datang ke pasar.\n\"Kalau itu iya, memang betul,\" dalamBudi.",
        [],
        id="a-glued-word-that-is-no-cue-names-no-one"),
    pytest.param(
        "Ketua Komite Nasional Keselamatan Pelayaran Suharjanto Wibowo meninjau lokasi kapal tenggelam.\n"
        "”Tim penyelam sudah turun sejak pagi,” kata Suhajanto.",
        [("direct", "Tim penyelam sudah turun sejak pagi,", "Suharjanto Wibowo", "Ketua Komite Nasional Keselamatan Pelayaran")],
        id="a-long-name-word-with-one-consonant-dropped-is-the-known-person"),
    pytest.param(
        "Ketua Komite Nasional Keselamatan Pelayaran Andi Wibowo meninjau lokasi kapal tenggelam.\n"
        "”Tim penyelam sudah turun sejak pagi,” kata Andri.",
        [("direct", "Tim penyelam sudah turun sejak pagi,", "Andri", None)],
        id="a-short-name-one-consonant-longer-is-someone-else"),
    pytest.param(
        "Ketua Komite Nasional Keselamatan Pelayaran Suharjanto Wibowo meninjau lokasi kapal tenggelam.\n"
        "”Tim penyelam sudah turun sejak pagi,” kata Suhartono.",
        [("direct", "Tim penyelam sudah turun sejak pagi,", "Suhartono", None)],
        id="a-name-two-letters-off-is-someone-else"),
    pytest.param(
        "“Dia siap menghadapi semua proses hukum,” jelas Joni.\n\n"
        "Rina Wulandari telah ditetapkan sebagai tersangka kasus pencemaran nama baik BS. ihak Rina mengaku "
        "tak masalah atas penetapan tersangka tersebut.",
        [("direct", "Dia siap menghadapi semua proses hukum,", "Joni", None),
         ("indirect", "tak masalah atas penetapan tersangka tersebut", "Rina Wulandari", None)],
        id="a-full-stop-before-a-word-that-lost-its-capital-ends-the-role"),
    pytest.param(
        "Direktur RSUD Sukamaju Prof. dr Budi Santoso mengatakan, jumlah pasien terus menurun.",
        [("indirect", "jumlah pasien terus menurun", "Budi Santoso", "Direktur RSUD Sukamaju")],
        id="a-full-stop-after-an-abbreviated-honorific-ends-nothing"),
    pytest.param(
        "Maskapai itu menambah jadwal penerbangan. Sinar Air juga menambah armada.\n"
        "”Penumpang wajib memakai masker selama penerbangan,” Corporate Communications Strategic of Sinar Air Group Budi Hartono.\n"
        "”Kami juga menyemprot kabin setiap hari,” kata Budi.",
        [("direct", "Kami juga menyemprot kabin setiap hari,", "Budi Hartono",
          "Corporate Communications Strategic of Sinar Air Group")],
        id="english-office-words-before-of-open-the-title-with-no-title-word"),
    pytest.param(
        "Maskapai itu menambah jadwal penerbangan. Sinar Air juga menambah armada.\n"
        "”Penumpang wajib memakai masker selama penerbangan,” Sahabat Warga Sukamaju of Sinar Air Group Budi Hartono.\n"
        "”Kami juga menyemprot kabin setiap hari,” kata Budi.",
        [("direct", "Kami juga menyemprot kabin setiap hari,", "Budi Hartono", "Sinar Air Group")],
        id="indonesian-words-before-of-are-no-english-office"),
    pytest.param(
        "Kepala SMAN 3 Sukamaju, Rr Dwi Lestari menyerahkan penanganan kasus itu kepada dinas.\n"
        "“Kami mohon doa agar masalah ini cepat selesai,” kata Roro di sekolah itu.",
        [("direct", "Kami mohon doa agar masalah ini cepat selesai,", "Rr Dwi Lestari", "Kepala SMAN 3 Sukamaju")],
        id="roro-is-the-person-whose-name-opens-with-rr"),
    pytest.param(
        "Kepala SMAN 3 Sukamaju, Dwi Lestari menyerahkan penanganan kasus itu kepada dinas.\n"
        "“Kami mohon doa agar masalah ini cepat selesai,” kata Roro di sekolah itu.",
        [("direct", "Kami mohon doa agar masalah ini cepat selesai,", "Roro", None)],
        id="roro-with-no-rr-name-before-is-someone-else"),
    pytest.param(
        "Deputi Bidang Pemasaran Kemenkop UKM Rudi Rahman Hakim menyampaikan, ada beberapa kendala yang dialami penjual.\n"
        "“Kami akan terus membantu para pedagang kecil,” papar Rudi.",
        [("indirect", "ada beberapa kendala yang dialami penjual", "Rudi Rahman Hakim", "Deputi Bidang Pemasaran Kemenkop UKM"),
         ("direct", "Kami akan terus membantu para pedagang kecil,", "Rudi Rahman Hakim", "Deputi Bidang Pemasaran Kemenkop UKM")],
        id="hakim-after-a-name-word-is-a-surname"),
    pytest.param(
        "Ketua Majelis Hakim menyampaikan, ada sejumlah hal yang memberatkan terdakwa.",
        [("indirect", "ada sejumlah hal yang memberatkan terdakwa", "Ketua Majelis Hakim", None)],
        id="hakim-after-a-body-word-stays-the-title"),
    pytest.param(
        "Kepala Desa Budi Santoso mengirim pesan kepada warga.\n"
        "“Mohon tetap di rumah dan jaga kesehatan,” demikian bunyi pesan tersebut.",
        [("direct", "Mohon tetap di rumah dan jaga kesehatan,", "Budi Santoso", "Kepala Desa")],
        id="demikian-bunyi-pesan-is-the-message-of-the-one-last-named"),
    pytest.param(
        "Di Medan, warga mengibarkan bendera.\n"
        "“Lawan kebodohan, bukan pendatang,” demikian bunyi salah satu spanduk.",
        [("direct", "Lawan kebodohan, bukan pendatang,", "salah satu spanduk", None)],
        id="demikian-bunyi-salah-satu-spanduk-is-the-whole-source"),
    pytest.param(
        "“Kami menolak,” kata Budi Santoso di Medan, kota yang dihuni dua juta orang, menurut data BPS.",
        [("direct", "Kami menolak,", "Budi Santoso", None)],
        id="menurut-after-an-aside-of-a-quotes-own-cue-backs-the-aside-not-the-quote"),
    pytest.param(
        "“Kami menolak,” kata Budi Santoso, menurut Radio Kota.",
        [("mixed", "“Kami menolak,” kata Budi Santoso", "Radio Kota", None)],
        id="menurut-right-after-a-quotes-own-cue-relays-the-quote"),
    pytest.param(
        "Kepala Desa Budi Santoso mengirim pesan kepada warga.\n"
        "“Mohon tetap di rumah dan jaga kesehatan,” demikian isi surat Bupati Bogor Wira Santoso.",
        [("direct", "Mohon tetap di rumah dan jaga kesehatan,", "Wira Santoso", "Bupati Bogor")],
        id="demikian-isi-surat-names-its-writer-after-the-noun"),
    pytest.param(
        "Kepala Desa Budi Santoso datang ke pasar itu pagi tadi.\n"
        "“Harga cabai di pasar ini naik karena hujan terus,” demikian pula harga bawang.",
        [],
        id="demikian-pula-after-a-quote-is-no-cue-even-with-a-wording-rule"),
    pytest.param(
        "“Kabin juga dibersihkan setiap hari,” kata Corporate Communications Manager of Sinar Air Group Budi Santoso.",
        [("direct", "Kabin juga dibersihkan setiap hari,", "Budi Santoso",
          "Corporate Communications Manager of Sinar Air Group")],
        id="capitalised-english-words-before-an-english-title-are-its-field"),
    pytest.param(
        "Penjualan Daring Manajer Sinartama Budi Santoso mengatakan, penjualan itu naik tajam tahun ini.",
        [("indirect", "penjualan itu naik tajam tahun ini", "Budi Santoso", "Manajer Sinartama")],
        id="indonesian-words-before-an-indonesian-title-stay-a-run-in-subhead"),
    pytest.param(
        "Direktur Perusahaan Daerah Sinar Karya Rusdiman Ambon mengatakan, kapal itu menjawab kebutuhan warga.\n"
        "Menurut Rusdiman, rute itu dipilih karena ramai.\n"
        "“Nanti kapal itu juga berlayar ke Tual,” katanya.",
        [("indirect", "kapal itu menjawab kebutuhan warga", "Rusdiman Ambon", "Direktur Perusahaan Daerah Sinar Karya"),
         ("indirect", "rute itu dipilih karena ramai", "Rusdiman Ambon", "Direktur Perusahaan Daerah Sinar Karya"),
         ("direct", "Nanti kapal itu juga berlayar ke Tual,", "Rusdiman Ambon", "Direktur Perusahaan Daerah Sinar Karya")],
        id="a-place-word-after-a-given-name-the-article-uses-alone-is-a-surname"),
    pytest.param(
        "Direktur Perusahaan Daerah Sinar Karya Rusdiman Ambon mengatakan, kapal itu menjawab kebutuhan warga.",
        [("indirect", "kapal itu menjawab kebutuhan warga", "Direktur Perusahaan Daerah Sinar Karya Rusdiman Ambon", None)],
        id="a-place-word-ending-a-description-with-no-later-short-name-stays-a-description"),
    pytest.param(
        "Ketua Kadin Surabaya mengatakan, kapal itu menjawab kebutuhan warga.\n"
        "Menurut Kadin, rute itu ramai.",
        [("indirect", "kapal itu menjawab kebutuhan warga", "Ketua Kadin Surabaya", None),
         ("indirect", "rute itu ramai", "Kadin", None)],
        id="a-title-then-a-body-and-its-town-is-no-person-with-a-place-surname"),
    pytest.param(
        "Ketua Yayasan Sinar Budi Hartono menjelaskan, program itu terinspirasi dari para nelayan.\n"
        "Chief Executive Officer Sinartama Alfandi Timur menjelaskan, lembaganya menjadi saksi solidaritas warga.\n"
        "Ketika pandemi melanda, Sinartama mencatat sudah Rp 10 miliar dana publik yang terkumpul.\n"
        "“Yang menarik, jumlah penyumbang mencapai 7.000 orang,” tuturnya.\n"
        "Terkait program ini, kata Alfandi, warga tak hanya bisa berdonasi.",
        [("indirect", "program itu terinspirasi dari para nelayan", "Budi Hartono", "Ketua Yayasan Sinar"),
         ("indirect", "lembaganya menjadi saksi solidaritas warga", "Alfandi Timur", "Chief Executive Officer Sinartama"),
         ("direct", "Yang menarik, jumlah penyumbang mencapai 7.000 orang,", "Alfandi Timur", "Chief Executive Officer Sinartama"),
         ("indirect", "Terkait program ini, kata Alfandi, warga tak hanya bisa berdonasi", "Alfandi Timur",
          "Chief Executive Officer Sinartama")],
        id="a-clitic-after-a-place-surname-person-introduced-in-the-paragraph"),
    pytest.param(
        "Chief Executive Officer Sinartama Alfandi Timur menjelaskan, lembaganya menjadi saksi solidaritas warga.\n"
        "“Yang menarik, jumlah penyumbang mencapai 7.000 orang,” tuturnya.",
        [("indirect", "lembaganya menjadi saksi solidaritas warga", "Chief Executive Officer Sinartama Alfandi Timur", None),
         ("direct", "Yang menarik, jumlah penyumbang mencapai 7.000 orang,", "Chief Executive Officer Sinartama Alfandi Timur", None)],
        id="a-title-read-phrase-ending-in-a-place-word-never-written-apart-stays-a-description"),
    pytest.param(
        "Kepala Pusat Penerangan Hukum Kejaksaan Agung Budi Santosa mengatakan, jaksa masih memburu buronan itu.",
        [("indirect", "jaksa masih memburu buronan itu", "Budi Santosa", "Kepala Pusat Penerangan Hukum Kejaksaan Agung")],
        id="agung-after-kejaksaan-ends-the-body-not-opens-the-name"),
    pytest.param(
        "Jaksa Agung Budi Santosa mengatakan, jaksa masih memburu buronan itu.",
        [("indirect", "jaksa masih memburu buronan itu", "Budi Santosa", "Jaksa Agung")],
        id="agung-after-jaksa-is-the-title"),
    pytest.param(
        "Ketua panitia Agung Santosa mengatakan, jaksa masih memburu buronan itu.",
        [("indirect", "jaksa masih memburu buronan itu", "Agung Santosa", "Ketua panitia")],
        id="agung-after-another-word-stays-a-given-name"),
    pytest.param(
        "Kepala Penerangan Kodam XX Kolonel (Czi) IGN Wiradarma mengatakan, pasukan sudah dikirim ke desa itu.\n"
        "“Kami akan terus mengejar para pelaku,” ujarnya.",
        [("indirect", "pasukan sudah dikirim ke desa itu", "IGN Wiradarma", "Kepala Penerangan Kodam XX"),
         ("direct", "Kami akan terus mengejar para pelaku,", "IGN Wiradarma", "Kepala Penerangan Kodam XX")],
        id="balinese-caste-initials-open-the-name-after-a-rank-and-corps"),
    pytest.param(
        "Kepala Dinas Pariwisata Bali Anak Agung Gede Wirasana mengatakan, pantai itu dibuka kembali.",
        [("indirect", "pantai itu dibuka kembali", "Anak Agung Gede Wirasana", "Kepala Dinas Pariwisata Bali")],
        id="anak-agung-is-part-of-a-balinese-name"),
    pytest.param(
        "Kepala Bidang Humas Polda NTB Wiradarma mengatakan, pasukan sudah dikirim ke desa itu.",
        [("indirect", "pasukan sudah dikirim ke desa itu", "Wiradarma", "Kepala Bidang Humas Polda NTB")],
        id="a-body-acronym-before-a-name-stays-in-the-role"),
    pytest.param(
        "Direktur Utama PT Sinartama (Persero) Budi Hartono mengatakan, pabrik itu terbakar.\n"
        "“Kami akan terus memantau kondisi di sekitar pabrik,” kata dia.\n"
        "Sinartama juga menyiapkan posko pengungsian.\n"
        "Pasokan Pupuk Sinartama juga memastikan pasokan pupuk aman karena perusahaan memiliki skenario darurat.\n"
        "Budi mengatakan, perusahaan akan mengoptimalkan produk dari pabrik lain.\n"
        "Sinartama memastikan tidak ada kendala dalam pasokan pupuk.\n"
        "“Sebenarnya, yang terbakar hanya gudang,” tuturnya.",
        [("indirect", "pabrik itu terbakar", "Budi Hartono", "Direktur Utama PT Sinartama (Persero)"),
         ("direct", "Kami akan terus memantau kondisi di sekitar pabrik,", "Budi Hartono",
          "Direktur Utama PT Sinartama (Persero)"),
         ("indirect", "pasokan pupuk aman karena perusahaan memiliki skenario darurat", "Sinartama", "Pasokan Pupuk"),
         ("indirect", "perusahaan akan mengoptimalkan produk dari pabrik lain", "Budi Hartono",
          "Direktur Utama PT Sinartama (Persero)"),
         ("indirect", "tidak ada kendala dalam pasokan pupuk", "Sinartama", "Pasokan Pupuk"),
         ("direct", "Sebenarnya, yang terbakar hanya gudang,", "Budi Hartono", "Direktur Utama PT Sinartama (Persero)")],
        id="a-run-in-subhead-before-a-body-a-person-heads-makes-no-person-for-the-clitic"),
    pytest.param(
        "Direktur Utama Sinar Tani Budi Hartono mengatakan, pabrik itu terbakar.\n"
        "“Kami akan terus memantau kondisi di sekitar pabrik,” kata dia.\n"
        "Sinartama juga menyiapkan posko pengungsian.\n"
        "Pasokan Pupuk Sinartama juga memastikan pasokan pupuk aman karena perusahaan memiliki skenario darurat.\n"
        "Budi mengatakan, perusahaan akan mengoptimalkan produk dari pabrik lain.\n"
        "Sinartama memastikan tidak ada kendala dalam pasokan pupuk.\n"
        "“Sebenarnya, yang terbakar hanya gudang,” tuturnya.",
        [("indirect", "pabrik itu terbakar", "Budi Hartono", "Direktur Utama Sinar Tani"),
         ("direct", "Kami akan terus memantau kondisi di sekitar pabrik,", "Budi Hartono", "Direktur Utama Sinar Tani"),
         ("indirect", "pasokan pupuk aman karena perusahaan memiliki skenario darurat", "Sinartama", "Pasokan Pupuk"),
         ("indirect", "perusahaan akan mengoptimalkan produk dari pabrik lain", "Budi Hartono", "Direktur Utama Sinar Tani"),
         ("indirect", "tidak ada kendala dalam pasokan pupuk", "Sinartama", "Pasokan Pupuk"),
         ("direct", "Sebenarnya, yang terbakar hanya gudang,", "Sinartama", "Pasokan Pupuk")],
        id="a-run-in-subhead-before-a-word-no-title-names-stays-a-person"),
    pytest.param(
        "Budi Hartono datang ke pasar itu.\n"
        "“Bagaimana kabarnya, sudah banyak pembeli?” begitu Wira Santoso menyapa salah satu pedagang.",
        [("direct", "Bagaimana kabarnya, sudah banyak pembeli?", "Wira Santoso", None)],
        id="begitu-then-a-name-after-a-quote-is-a-cue"),
    pytest.param(
        "“Harga cabai naik karena hujan,” begitu Wira menjelaskan.",
        [("direct", "Harga cabai naik karena hujan,", "Wira", None)],
        id="begitu-is-no-title-of-the-name-after-it"),
    pytest.param(
        "Budi Hartono datang ke pasar itu.\n“Harga cabai naik karena hujan,” demikian pula harga bawang di pasar itu.",
        [],
        id="demikian-pula-after-a-quote-is-likewise-no-cue"),
    pytest.param(
        "Budi Hartono datang ke pasar itu.\n“Harga cabai naik karena hujan,” begitu juga harga bawang di pasar itu.",
        [],
        id="begitu-juga-after-a-quote-is-likewise-no-cue"),
    pytest.param(
        "Gawai itu dibagikan kepada murid di Kecamatan Sukamaju.\n"
        "Bantuan diserahkan oleh Budi Hartono kepada Kepala SMKN 1 Sukamaju Wira Santoso.\n"
        "“Gawai ini sangat membantu para murid,” ujar Wira.",
        [("direct", "Gawai ini sangat membantu para murid,", "Wira Santoso", "Kepala SMKN 1 Sukamaju")],
        id="a-numbered-school-and-its-place-named-in-passing-are-the-role"),
    pytest.param(
        "Bantuan diserahkan kepada Kepala SMA Negeri 3 Sukamaju Wira Santoso.\n"
        "“Gawai ini sangat membantu para murid,” ujar Wira.",
        [("direct", "Gawai ini sangat membantu para murid,", "Wira Santoso", "Kepala SMA Negeri 3 Sukamaju")],
        id="a-school-negeri-number-and-its-place-are-the-role"),
    pytest.param(
        "Kepala SMKN 1 Sukamaju Wira Santoso mengatakan, gawai ini sangat membantu.",
        [("indirect", "gawai ini sangat membantu", "Wira Santoso", "Kepala SMKN 1 Sukamaju")],
        id="a-numbered-school-place-before-a-subject-is-the-role"),
    pytest.param(
        "Ketua RT 05 Wira Santoso mengatakan, jalan itu rusak sejak bulan lalu.",
        [("indirect", "jalan itu rusak sejak bulan lalu", "Wira Santoso", "Ketua RT 05")],
        id="a-number-after-no-school-takes-no-place-word"),
    pytest.param(
        "“Harga cabai naik karena hujan turun terus,” kata Wira Santoso, pengamat ekonomi Universitas Sukamaju Semarang.",
        [("direct", "Harga cabai naik karena hujan turun terus,", "Wira Santoso",
          "pengamat ekonomi Universitas Sukamaju")],
        id="the-city-after-a-university-name-is-no-part-of-the-role"),
    pytest.param(
        "“Harga cabai naik karena hujan turun terus,” kata pengajar ekonomi dari Universitas Sukamaju Semarang, Wira Santoso.",
        [("direct", "Harga cabai naik karena hujan turun terus,", "Wira Santoso",
          "pengajar ekonomi dari Universitas Sukamaju")],
        id="the-city-after-a-university-name-before-the-name-is-no-part-of-the-role"),
    pytest.param(
        "“Harga cabai naik karena hujan turun terus,” kata Wira Santoso, pengamat ekonomi Universitas Negeri Semarang.",
        [("direct", "Harga cabai naik karena hujan turun terus,", "Wira Santoso",
          "pengamat ekonomi Universitas Negeri Semarang")],
        id="a-city-after-a-word-saying-the-kind-of-university-stays-in-the-role"),
    pytest.param(
        "“Harga cabai naik karena hujan turun terus,” kata Wira Santoso, pengamat ekonomi Universitas Sukamaju Tiongkok.",
        [("direct", "Harga cabai naik karena hujan turun terus,", "Wira Santoso",
          "pengamat ekonomi Universitas Sukamaju Tiongkok")],
        id="a-country-after-a-university-name-stays-in-the-role"),
    pytest.param(
        "“Harga cabai naik karena hujan turun terus,” kata Wira Santoso, pengamat ekonomi Universitas Semarang.",
        [("direct", "Harga cabai naik karena hujan turun terus,", "Wira Santoso",
          "pengamat ekonomi Universitas Semarang")],
        id="a-university-named-after-its-city-keeps-the-city"),
    pytest.param(
        "Direktur Maju, salah satu jenama busana Indonesia, Wira Santoso menyatakan, penjualan naik tajam tahun ini.",
        [("indirect", "penjualan naik tajam tahun ini", "Wira Santoso", "Direktur Maju")],
        id="lower-case-description-of-the-body-between-title-and-name-is-no-role"),
    pytest.param(
        "Wira Santoso, warga Desa Sukamaju, Budi Hartono mengatakan, penjualan naik tajam tahun ini.",
        [("indirect", "penjualan naik tajam tahun ini", "Budi Hartono", "warga Desa Sukamaju")],
        id="a-lower-case-title-part-after-a-name-is-not-skipped-as-a-body-description"),
    pytest.param(
        "Menteri Kesehatan Budi Hartono mengatakan normal baru perlu disiapkan.\n"
        "Tak perlu normal baru Wira Santoso, dosen Perencanaan Kota Universitas Sukamaju, Sabtu (19/6) mengatakan, "
        "selama ini banyak gagasan taman warga dimuat dalam peraturan.\n"
        "“Wabah ini tidak menuntut aturan lain lagi,” kata peneliti di Pusat Studi Kota Universitas Sukamaju ini.",
        [("indirect", "normal baru perlu disiapkan", "Budi Hartono", "Menteri Kesehatan"),
         ("indirect", "selama ini banyak gagasan taman warga dimuat dalam peraturan", "Wira Santoso",
          "dosen Perencanaan Kota Universitas Sukamaju"),
         ("direct", "Wabah ini tidak menuntut aturan lain lagi,", "Wira Santoso",
          "dosen Perencanaan Kota Universitas Sukamaju")],
        id="run-in-subhead-with-a-modal-before-the-name-is-no-role"),
    pytest.param(
        "Tetangga dekat Wira Santoso mengatakan, selama ini banyak warga mengeluhkan jalan yang rusak.",
        [("indirect", "selama ini banyak warga mengeluhkan jalan yang rusak", "Wira Santoso", "Tetangga dekat")],
        id="lower-case-words-before-a-name-without-a-modal-stay-its-role"),
    pytest.param(
        "Pemilik kedai Ayu Lestari mengatakan keju itu dibuat dari susu sapi lokal.\n"
        "Acara itu juga dihadiri Wira Santoso, salah satu tokoh kuliner Indonesia.\n"
        "”Paduan ini beda dengan yang tradisional,” ujarnya.",
        [("indirect", "keju itu dibuat dari susu sapi lokal", "Ayu Lestari", "Pemilik kedai"),
         ("direct", "Paduan ini beda dengan yang tradisional,", "Wira Santoso", "salah satu tokoh kuliner Indonesia")],
        id="person-presented-with-a-title-closing-the-sentence-takes-the-next-clitic"),
    pytest.param(
        "Pemilik kedai Ayu Lestari mengatakan keju itu dibuat dari susu sapi lokal.\n"
        "Acara itu juga dihadiri Wira Santoso, yang datang bersama keluarganya.\n"
        "”Paduan ini beda dengan yang tradisional,” ujarnya.",
        [("indirect", "keju itu dibuat dari susu sapi lokal", "Ayu Lestari", "Pemilik kedai"),
         ("direct", "Paduan ini beda dengan yang tradisional,", "Ayu Lestari", "Pemilik kedai")],
        id="person-presented-with-a-relative-clause-is-no-titled-introduction"),
    pytest.param(
        "Menurut Rina Marlina, salah satu pendiri Lembaga Sehat, data pasien seharusnya dibuka secara nasional.",
        [("indirect", "data pasien seharusnya dibuka secara nasional", "Rina Marlina", "salah satu pendiri Lembaga Sehat")],
        id="menurut-name-then-lower-case-title-naming-its-body-is-an-apposition"),
    pytest.param(
        "Menurut Rina Marlina, anggota KPU Kota Sukamaju Divisi Sosialisasi, Pendidikan Pemilih, dan Sumber Daya "
        "Manusia, target partisipasi pemilih tahun ini cukup tinggi.",
        [("indirect", "target partisipasi pemilih tahun ini cukup tinggi", "Rina Marlina",
          "anggota KPU Kota Sukamaju Divisi Sosialisasi, Pendidikan Pemilih, dan Sumber Daya Manusia")],
        id="menurut-name-then-lower-case-title-listing-its-fields-over-commas"),
    pytest.param(
        "Menurut Rina Marlina, warga Kota Bogor, Depok, dan Bekasi paling banyak terdampak banjir tahun ini.",
        [("indirect", "warga Kota Bogor, Depok, dan Bekasi paling banyak terdampak banjir tahun ini", "Rina Marlina", None)],
        id="menurut-name-then-a-list-going-on-into-the-clause-is-no-apposition"),
    pytest.param(
        "Menurut Rina Marlina, warga sekitar sudah lama mengeluhkan jalan yang rusak itu.",
        [("indirect", "warga sekitar sudah lama mengeluhkan jalan yang rusak itu", "Rina Marlina", None)],
        id="menurut-name-then-a-lower-case-clause-is-the-report"),
    pytest.param(
        "Ketua RT Rina Marlina mengatakan data pasien seharusnya dibuka secara nasional.\n"
        "Apalagi, Wali Kota Joko Santoso sudah menyampaikan data harus lebih terbuka.\n"
        "”Data itu penting untuk semua,” ujarnya.",
        [("indirect", "data pasien seharusnya dibuka secara nasional", "Rina Marlina", "Ketua RT"),
         ("indirect", "data harus lebih terbuka", "Joko Santoso", "Wali Kota"),
         ("direct", "Data itu penting untuk semua,", "Rina Marlina", "Ketua RT")],
        id="apalagi-carries-on-the-speakers-argument-the-person-named-takes-no-clitic"),
    pytest.param(
        "Ketua RT Rina Marlina mengatakan data pasien seharusnya dibuka secara nasional.\n"
        "Wali Kota Joko Santoso kemudian menyampaikan bahwa data harus lebih terbuka.\n"
        "”Data itu penting untuk semua,” ujarnya.",
        [("indirect", "data pasien seharusnya dibuka secara nasional", "Rina Marlina", "Ketua RT"),
         ("indirect", "data harus lebih terbuka", "Joko Santoso", "Wali Kota"),
         ("direct", "Data itu penting untuk semua,", "Joko Santoso", "Wali Kota")],
        id="a-new-reporter-without-an-argument-opener-takes-the-clitic"),
    pytest.param(
        "Direktur Utama PT Pipa Nusa Rudi Hartono menekankan bahwa pipa itu penting bagi industri.\n"
        "Pentingnya jalur pipa juga ditekankan oleh Dodi Kurniawan, VP Sales, Legal & Business Support PT Gas Raya. "
        "Ia menyatakan bahwa pasokan gas tetap aman sampai akhir tahun.",
        [("indirect", "pipa itu penting bagi industri", "Rudi Hartono", "Direktur Utama PT Pipa Nusa"),
         ("indirect", "pasokan gas tetap aman sampai akhir tahun", "Dodi Kurniawan",
          "VP Sales, Legal & Business Support PT Gas Raya")],
        id="apposed-title-listing-its-fields-with-a-comma-is-one-role"),
    pytest.param(
        "”Pasokan gas tetap aman sampai akhir tahun,” kata Dodi Kurniawan, Kepala Dinas Pangan, Kelautan dan Pertanian.",
        [("direct", "Pasokan gas tetap aman sampai akhir tahun,", "Dodi Kurniawan", "Kepala Dinas Pangan, Kelautan dan Pertanian")],
        id="apposed-title-after-a-cue-listing-fields-with-dan-is-one-role"),
    pytest.param(
        "”Pasokan gas tetap aman sampai akhir tahun,” kata Dodi Kurniawan, Direktur PT Gas Raya, Rina dan Ani.",
        [("direct", "Pasokan gas tetap aman sampai akhir tahun,", "Dodi Kurniawan", "Direktur PT Gas Raya")],
        id="names-joined-by-dan-after-an-apposed-title-are-no-fields-of-it"),
    pytest.param(
        "Adapun tokoh pemuda Lembah Hijau, Hafni Rahman mengatakan warga berterima kasih atas bantuan itu.",
        [("indirect", "warga berterima kasih atas bantuan itu", "Hafni Rahman", "tokoh pemuda Lembah Hijau")],
        id="adapun-then-lower-case-title-and-its-field-keeps-them-before-the-body"),
    pytest.param(
        "Budi Santoso bertemu pengajar sosiologi Universitas Sukamaju, Hafni Rahman, di kampus itu.\n"
        "”Kami senang bisa berbagi,” ujar Hafni.",
        [("direct", "Kami senang bisa berbagi,", "Hafni Rahman", "Universitas Sukamaju")],
        id="lower-case-title-after-a-verb-mid-sentence-is-left-out-the-opener-rule-does-not-fire"),
    pytest.param(
        "Anggota DPRD Dimas Pratama dinyatakan positif Covid-19 pekan lalu.\n"
        "Ketua Bawaslu Cirebon Hendra Wijaya mengatakan pelanggaran terus terjadi selama masa kampanye.\n"
        "”Kami sudah sering memberi peringatan kepada para calon,” katanya.\n"
        "Pelacakan Terkait Dimas yang terkonfirmasi positif, Dinas Kesehatan Cirebon tengah melacak kontak eratnya.\n"
        "”Kami sedang mendata semua kontaknya,” ujarnya.",
        [("indirect", "pelanggaran terus terjadi selama masa kampanye", "Hendra Wijaya", "Ketua Bawaslu Cirebon"),
         ("direct", "Kami sudah sering memberi peringatan kepada para calon,", "Hendra Wijaya", "Ketua Bawaslu Cirebon"),
         ("direct", "Kami sedang mendata semua kontaknya,", "Hendra Wijaya", "Ketua Bawaslu Cirebon")],
        id="person-in-a-terkait-topic-phrase-is-not-the-next-clitics-referent"),
    pytest.param(
        "Ketua Bawaslu Cirebon Hendra Wijaya mengatakan pelanggaran terus terjadi selama masa kampanye.\n"
        "Terkait hal itu, Kepala Dinas Kesehatan Cirebon Dimas Saputra menyebutkan kontak erat sudah dilacak.\n"
        "”Kami sedang mendata semua kontaknya,” ujarnya.",
        [("indirect", "pelanggaran terus terjadi selama masa kampanye", "Hendra Wijaya", "Ketua Bawaslu Cirebon"),
         ("indirect", "kontak erat sudah dilacak", "Dimas Saputra", "Kepala Dinas Kesehatan Cirebon"),
         ("direct", "Kami sedang mendata semua kontaknya,", "Dimas Saputra", "Kepala Dinas Kesehatan Cirebon")],
        id="subject-after-a-terkait-opener-and-its-comma-still-takes-the-clitic"),
    pytest.param(
        "Dinas Kesehatan Sukamaju mengatakan kontak erat pasien sedang dilacak para petugas.",
        [("indirect", "kontak erat pasien sedang dilacak para petugas", "Dinas Kesehatan Sukamaju", None)],
        id="body-noun-field-and-unknown-region-is-an-organisation"),
    pytest.param(
        "Kepala Dinas Kesehatan Cirebon Dimas mengatakan kontak erat pasien sedang dilacak para petugas.",
        [("indirect", "kontak erat pasien sedang dilacak para petugas", "Dimas", "Kepala Dinas Kesehatan Cirebon")],
        id="title-before-the-body-noun-keeps-the-one-word-name-a-person"),
    pytest.param(
        "Sebelumnya, Humas Bogor Zoo Sulhan Rahmat menyampaikan kebun binatang siap dibuka. ”Kami bersyukur,” katanya.",
        [("indirect", "kebun binatang siap dibuka", "Sulhan Rahmat", "Humas Bogor Zoo"),
         ("direct", "Kami bersyukur,", "Sulhan Rahmat", "Humas Bogor Zoo")],
        id="english-zoo-ends-the-body-before-the-name"),
    pytest.param(
        "Sebelumnya, Humas Taman Satwa Sukamaju Dimas Pranoto menyampaikan kebun binatang itu siap dibuka kembali pekan depan.",
        [("indirect", "kebun binatang itu siap dibuka kembali pekan depan", "Dimas Pranoto", "Humas Taman Satwa Sukamaju")],
        id="indonesian-park-name-before-the-name-unchanged"),
    pytest.param(
        "Tokoh pemuda, Hafni Rahman, menyampaikan apresiasi kepada bupati atas bantuan yang diberikan untuk sekolah "
        "serta berharap kunjungannya dapat mempererat hubungan.",
        [],
        id="noun-object-then-serta-and-the-subjects-next-act-is-no-report"),
    pytest.param(
        "Hafni Rahman menyatakan dukungan warga sudah bulat dan berharap semua pihak ikut serta.",
        [("indirect", "dukungan warga sudah bulat dan berharap semua pihak ikut serta", "Hafni Rahman", None)],
        id="noun-object-word-opening-a-clause-before-dan-is-still-a-report"),
    pytest.param(
        "Sementara itu, Rektor Untar Prof Dr Budi Hasyim mengatakan kampus siap membantu.\n"
        "”Di kampus kami ada mata kuliah khusus,” kata Hasyim.",
        [("indirect", "kampus siap membantu", "Budi Hasyim", "Rektor Untar"),
         ("direct", "Di kampus kami ada mata kuliah khusus,", "Budi Hasyim", "Rektor Untar")],
        id="academic-title-inside-a-capitalised-run-opens-the-name"),
    pytest.param(
        "Prof Budi Hasyim mengatakan kampus siap membantu.",
        [("indirect", "kampus siap membantu", "Budi Hasyim", None)],
        id="academic-title-opening-the-sentence-gives-no-role"),
    pytest.param(
        "Rina Marlina dari Institute for Policy Research menegaskan bahwa sistem penilaian dijalankan dengan ketat.",
        [("indirect", "sistem penilaian dijalankan dengan ketat", "Rina Marlina", "Institute for Policy Research")],
        id="body-after-dari-keeps-its-english-joiner"),
    pytest.param(
        "Rina Marlina dari Institute for policy research menegaskan bahwa sistem penilaian dijalankan dengan ketat.",
        [("indirect", "sistem penilaian dijalankan dengan ketat", "Rina Marlina", "Institute")],
        id="body-after-dari-stops-at-a-joiner-before-lower-case"),
    pytest.param(
        "Adapun ketua panitia, Hafni Rahman, menyampaikan bahwa warga berterima kasih atas bantuan itu.",
        [("indirect", "warga berterima kasih atas bantuan itu", "Hafni Rahman", "ketua panitia")],
        id="adapun-opens-the-sentence-not-the-title-before-a-name"),
    pytest.param(
        "Adapun hasil rapat, Hafni Rahman menyampaikan bahwa warga berterima kasih atas bantuan itu.",
        [("indirect", "warga berterima kasih atas bantuan itu", "Hafni Rahman", None)],
        id="adapun-before-a-non-title-gives-no-role"),
    pytest.param(
        "Kepala BPJS Kesehatan Ali Gunawan Putra mengatakan, kurikulum akan disiapkan. Program BPJS Kesehatan menjangkau "
        "semua kampus.\n”Kami siap membantu kampus,” kata Gunawan.",
        [("indirect", "kurikulum akan disiapkan", "Ali Gunawan Putra", "Kepala BPJS Kesehatan"),
         ("direct", "Kami siap membantu kampus,", "Ali Gunawan Putra", "Kepala BPJS Kesehatan")],
        id="dictionary-given-name-after-an-organisation-the-article-writes-on-its-own"),
    pytest.param(
        "Ketua Yayasan Peduli Kasih Anak Rudi Hartono mengatakan, bantuan sudah disalurkan. Yayasan Peduli Kasih Anak "
        "berdiri sejak 2010.\n”Kami terus membantu,” kata Rudi.",
        [("indirect", "bantuan sudah disalurkan", "Rudi Hartono", "Ketua Yayasan Peduli Kasih Anak"),
         ("direct", "Kami terus membantu,", "Rudi Hartono", "Ketua Yayasan Peduli Kasih Anak")],
        id="dictionary-word-closing-an-organisation-stays-in-the-title"),
    pytest.param(
        "Menteri Koordinator Pemberdayaan Masyarakat Muhaimin Iskandar menyebut bahwa mahasiswa baru mendapat jaminan.\n"
        "”Semua mahasiswa baru langsung menjadi peserta,” kata Cak Imin sapaan akrabnya di kampus, Kamis.",
        [("indirect", "mahasiswa baru mendapat jaminan", "Muhaimin Iskandar", "Menteri Koordinator Pemberdayaan Masyarakat"),
         ("direct", "Semua mahasiswa baru langsung menjadi peserta,", "Muhaimin Iskandar",
          "Menteri Koordinator Pemberdayaan Masyarakat")],
        id="known-nickname-with-its-honorific-is-the-full-name"),
    pytest.param(
        "”Semua mahasiswa baru langsung menjadi peserta,” kata Cak Imin di kampus, Kamis.",
        [("direct", "Semua mahasiswa baru langsung menjadi peserta,", "Imin", None)],
        id="known-nickname-with-honorific-but-no-full-name-in-the-article"),
    pytest.param(
        "Diskusi berlangsung hangat.\nRelawan aktif Kepala Badan Penanggulangan Bencana Rudi Hartono menuturkan, relawan "
        "bekerja.\n”Kami menunggu aturan baru,” kata Rudi.",
        [("direct", "Kami menunggu aturan baru,", "Rudi Hartono", "Kepala Badan Penanggulangan Bencana")],
        id="run-in-subhead-words-left-out-of-the-role"),
    pytest.param(
        "Diskusi berlangsung hangat.\nMenurut mantan Kepala Badan Penanggulangan Bencana Rudi Hartono, relawan bekerja.\n"
        "”Kami menunggu aturan baru,” kata Rudi.",
        [("direct", "Kami menunggu aturan baru,", "Rudi Hartono", "mantan Kepala Badan Penanggulangan Bencana")],
        id="mantan-before-a-title-stays-in-the-role"),
    pytest.param(
        "Kepala Dinas Peternakan Lalu Ahmad Zaini mengatakan, stok sapi aman.\nDi tingkat peternak, harga sapi menurun.\n"
        "”Biasanya harga sapi naik menjelang hari raya, tetapi tahun ini turun sekitar Rp 1 juta,” tutur Lalu.",
        [("indirect", "stok sapi aman", "Lalu Ahmad Zaini", "Kepala Dinas Peternakan"),
         ("direct", "Biasanya harga sapi naik menjelang hari raya, tetapi tahun ini turun sekitar Rp 1 juta,",
          "Lalu Ahmad Zaini", "Kepala Dinas Peternakan")],
        id="cue-then-known-name-that-is-a-dictionary-word"),
    pytest.param(
        "Ahmad Zaini mengatakan, stok sapi aman.\nDi tingkat peternak, harga sapi menurun.\n"
        "”Biasanya harga sapi naik menjelang hari raya, tetapi tahun ini turun sekitar Rp 1 juta,” tutur Lalu.",
        [("indirect", "stok sapi aman", "Ahmad Zaini", None)],
        id="cue-then-dictionary-word-of-no-known-name-stays-unread"),
    pytest.param(
        "Rumah relawan pasangan calon Sari Dewi Lestari-Bambang Irawan dilempari batu.\nSari menyampaikan, kejadian itu "
        "menunjukkan adanya teror.\n”Kami minta pelaku segera ditangkap,” ucapnya.",
        [("indirect", "kejadian itu menunjukkan adanya teror", "Sari Dewi Lestari", None),
         ("direct", "Kami minta pelaku segera ditangkap,", "Sari Dewi Lestari", None)],
        id="one-candidate-of-a-hyphen-pair-by-her-own-full-name"),
    pytest.param(
        "Rumah relawan pasangan Sari-Bambang dilempari batu.\nSari menyampaikan, kejadian itu menunjukkan adanya teror.\n"
        "”Kami minta pelaku segera ditangkap,” ucapnya.",
        [("indirect", "kejadian itu menunjukkan adanya teror", "Sari", None),
         ("direct", "Kami minta pelaku segera ditangkap,", "Sari", None)],
        id="one-word-hyphen-pair-gives-no-fuller-name"),
    pytest.param(
        "Menteri Pertanian Rudi Hartono hadir dalam acara panen raya.\nIbu Sari Wulandari juga datang bersama rombongan.\n"
        "Pria kelahiran Tegal 50 tahun lalu itu menjelaskan, panen tahun ini melimpah.\n”Kami bersyukur hasilnya baik,” ujarnya.",
        [("indirect", "panen tahun ini melimpah", "Rudi Hartono", "Menteri Pertanian"),
         ("direct", "Kami bersyukur hasilnya baik,", "Rudi Hartono", "Menteri Pertanian")],
        id="male-anaphor-skips-a-woman-called-ibu"),
    pytest.param(
        "Menteri Pertanian Rudi Hartono hadir dalam acara panen raya.\nIbu Sari Wulandari juga datang bersama rombongan.\n"
        "Perempuan kelahiran Tegal 50 tahun lalu itu menjelaskan, panen tahun ini melimpah.\n”Kami bersyukur hasilnya baik,” ujarnya.",
        [("indirect", "panen tahun ini melimpah", "Sari Wulandari", "Perempuan kelahiran Tegal 50 tahun lalu"),
         ("direct", "Kami bersyukur hasilnya baik,", "Sari Wulandari", "Perempuan kelahiran Tegal 50 tahun lalu")],
        id="female-anaphor-keeps-the-woman-called-ibu"),
    pytest.param(
        "”Kami akan menambah pasokan beras ke pasar,” kata Rina Marlina.\n”Beras murah” Pemerintah daerah menyiapkan "
        "operasi pasar di tiga kecamatan.",
        [("direct", "Kami akan menambah pasokan beras ke pasar,", "Rina Marlina", None)],
        id="quoted-run-in-subhead-not-a-continuation"),
    pytest.param(
        "”Kami akan menambah pasokan beras ke pasar,” kata Rina Marlina.\n”Pasokan kami cukup untuk dua bulan.” "
        "Harga beras pun turun.",
        [("direct", "Kami akan menambah pasokan beras ke pasar,", "Rina Marlina", None),
         ("direct", "Pasokan kami cukup untuk dua bulan.", "Rina Marlina", None)],
        id="quoted-sentence-opening-paragraph-still-a-continuation"),
    pytest.param(
        "”Kami sudah menanam sayur di setiap rumah,” kata Rina Marlina dalam webinar ”Strategi Pengembangan Kebun "
        "Sayur Kota yang Sehat dan Produktif di Kabupaten Tegal”.",
        [("direct", "Kami sudah menanam sayur di setiap rumah,", "Rina Marlina", None)],
        id="title-case-webinar-title-inside-clause-not-a-quote"),
    pytest.param(
        "”Kami menolak,” kata Rina Marlina. ”Kami Tetap Bersatu Sampai Akhir Demi Desa Kami Sendiri”",
        [("direct", "Kami menolak,", "Rina Marlina", None),
         ("direct", "Kami Tetap Bersatu Sampai Akhir Demi Desa Kami Sendiri", "Rina Marlina", None)],
        id="title-case-quote-opening-a-sentence-still-a-quote"),
    pytest.param(
        "Menurut Budi Santoso, Kepala Dinas Pendidikan Kota Tegal, sekolah akan dibuka pekan depan.",
        [("indirect", "sekolah akan dibuka pekan depan", "Budi Santoso", "Kepala Dinas Pendidikan Kota Tegal")],
        id="menurut-name-apposed-title-clause"),
    pytest.param(
        "Menurut Budi Santoso, Jakarta, Bandung, dan Surabaya sudah siap menggelar lomba.",
        [("indirect", "Jakarta, Bandung, dan Surabaya sudah siap menggelar lomba", "Budi Santoso", None)],
        id="menurut-name-then-list-clause"),
    pytest.param(
        "Wakil Kepala Polda Papua Barat Brigadir Jenderal (Pol) Budi Santoso mengatakan, situasi aman. "
        "”Situasi kondusif,” kata Budi.",
        [("direct", "Situasi kondusif,", "Budi Santoso", "Wakil Kepala Polda Papua Barat")],
        id="rank-with-bracketed-service-trimmed"),
    pytest.param(
        "Kepala Pusat Penerangan TNI Mayjen Budi Santoso mengatakan, latihan berjalan. ”Latihan lancar,” kata Budi.",
        [("direct", "Latihan lancar,", "Budi Santoso", "Kepala Pusat Penerangan TNI")],
        id="service-after-title-kept"),
    pytest.param(
        "Hal itu disampaikan Deputi Bidang Pencegahan dan Penindakan, dan Kerja Sama Badan Antarnegara Mayor Jenderal "
        "(TNI) Budi Santoso dalam jumpa pers. ”Kami bergerak cepat,” kata Budi.",
        [("direct", "Kami bergerak cepat,", "Budi Santoso",
          "Deputi Bidang Pencegahan dan Penindakan, dan Kerja Sama Badan Antarnegara")],
        id="fuller-reading-of-one-title"),
    pytest.param(
        "Pemimpin Program Hutan untuk Kalimantan Dewi Lestari mengatakan, pelepasan sukses. ”Semua sehat,” kata Dewi.",
        [("direct", "Semua sehat,", "Dewi Lestari", "Pemimpin Program Hutan untuk Kalimantan")],
        id="joined-title-place-not-doubled"),
    pytest.param(
        "Dewi Lestari, Direktur Utama Perumda Pasar Makmur, Senin (15/6/2020) menjelaskan, pasar dibuka. "
        "”Pasar dibuka bertahap,” jelas Dewi.",
        [("direct", "Pasar dibuka bertahap,", "Dewi Lestari", "Direktur Utama Perumda Pasar Makmur")],
        id="apposed-title-after-name-then-date"),
    pytest.param(
        "Rudi Hartono, Kepala Dinas Perhubungan Kota Tegal, hari ini menjelaskan, jalan ditutup. "
        "”Jalan ditutup sementara,” kata Rudi.",
        [("direct", "Jalan ditutup sementara,", "Rudi Hartono", "Kepala Dinas Perhubungan Kota Tegal")],
        id="apposed-title-after-name"),
    pytest.param(
        "Andi Wijaya, Menteri Keuangan Sri Wahyuni, dan Gubernur Rudi Hartono hadir dalam rapat. ”Kami hadir,” kata Andi.",
        [("direct", "Kami hadir,", "Andi Wijaya", None)],
        id="apposed-title-not-in-a-list-of-people"),
    pytest.param(
        "Sementara itu, Pejabat Sementara (Pjs) Bupati Tegal Agus Salim meminta warga waspada. ”Tetap waspada,” kata Agus.",
        [("direct", "Tetap waspada,", "Agus Salim", "Pejabat Sementara (Pjs) Bupati Tegal")],
        id="pejabat-sementara-title"),
    pytest.param(
        "Presidium Forum Pedagang Pasar Indonesia (FPPI) Satiri menilai pasokan seret. ”Harga naik,” kata Satiri.",
        [("direct", "Harga naik,", "Satiri", "Presidium Forum Pedagang Pasar Indonesia (FPPI)")],
        id="presidium-title"),
    pytest.param(
        "”Kami belum menerima surat itu,” kata seorang pejabat kementerian.",
        [("direct", "Kami belum menerima surat itu,", "seorang pejabat kementerian", None)],
        id="pejabat-unnamed-stays-description"),
    pytest.param(
        "Rapat itu dihadiri Menteri Pemuda dan Olahraga Budi Rahmat. ”Kami siap membantu,” kata Budi.",
        [("direct", "Kami siap membantu,", "Budi Rahmat", "Menteri Pemuda dan Olahraga")],
        id="joined-title-dan-in-passing"),
    pytest.param(
        "Rapat itu dihadiri Direktur Riset Center for Studies on Trade Dewi Lestari. ”Ekspor melemah,” kata Dewi.",
        [("direct", "Ekspor melemah,", "Dewi Lestari", "Direktur Riset Center for Studies on Trade")],
        id="joined-title-english-body-in-passing"),
    pytest.param(
        "Rapat itu dihadiri Gubernur Andi Wirawan dan Polda Metro Jaya Irjen Nana Suryadi. ”Situasi aman,” kata Nana.",
        [("direct", "Situasi aman,", "Nana Suryadi", "Polda Metro Jaya")],
        id="joined-title-not-across-a-person"),
    pytest.param(
        "“Kami akan menambah anggaran tahun depan,” kata Menteri Keuangan Budi Santoso di Jakarta.",
        [("direct", "Kami akan menambah anggaran tahun depan,", "Budi Santoso", "Menteri Keuangan")],
        id="post-cue-title-name"),
    pytest.param(
        "Kepala Dinas Kesehatan Siti Rahma mengatakan bahwa stok vaksin masih cukup untuk sebulan.",
        [("indirect", "stok vaksin masih cukup untuk sebulan", "Siti Rahma", "Kepala Dinas Kesehatan")],
        id="indirect-bahwa"),
    pytest.param(
        "Menurut Andi Wijaya, harga beras akan turun pekan depan.",
        [("indirect", "harga beras akan turun pekan depan", "Andi Wijaya", None)],
        id="menurut"),
    pytest.param(
        "Ketua RT Joko Susilo hadir di lokasi.\n“Warga sudah dievakuasi semua,” katanya.",
        [("direct", "Warga sudah dievakuasi semua,", "Joko Susilo", "Ketua RT")],
        id="clitic-to-named-subject"),
    pytest.param(
        "Rudi Hartono, pakar ekonomi di Universitas Gadjah Mada, mengatakan inflasi akan melambat tahun ini.",
        [("indirect", "inflasi akan melambat tahun ini", "Rudi Hartono",
          "pakar ekonomi di Universitas Gadjah Mada")],
        id="apposition-role"),
    pytest.param(
        "“Kami belum menerima laporan,” ujar Dewi Lestari.\n“Besok kami cek ke lapangan.”",
        [("direct", "Kami belum menerima laporan,", "Dewi Lestari", None),
         ("direct", "Besok kami cek ke lapangan.", "Dewi Lestari", None)],
        id="continuation-paragraph"),
    pytest.param(
        "Bupati Sleman Agus Salim meninjau banjir. Dia mengatakan tanggul akan diperbaiki minggu ini.",
        [("indirect", "tanggul akan diperbaiki minggu ini", "Agus Salim", "Bupati Sleman")],
        id="pronoun-dia"),
    pytest.param(
        "Camat Tuti Handayani hadir. “Semua aman,” kata Tuti bersama Kapolsek Bambang Irawan.",
        [("direct", "Semua aman,", "Tuti Handayani", "Camat")],
        id="short-name-and-distractor"),
    pytest.param(
        "Para ahli mengatakan bahwa cuaca ekstrem akan berlangsung hingga Maret.",
        [("indirect", "cuaca ekstrem akan berlangsung hingga Maret", "Para ahli", None)],
        id="unnamed-description"),
    pytest.param(
        "Wakil Presiden Rina Kartika dan Presiden Joko Wirawan hadir.\n“Semua harus bekerja cepat,” kata Presiden.",
        [("direct", "Semua harus bekerja cepat,", "Joko Wirawan", "Presiden")],
        id="title-resolves-to-its-holder-not-the-deputy"),
    pytest.param(
        "Bupati Indramayu hadir di Indramayu kemarin.\n“Surat suara sudah dikirim,” kata Ketua KPU Indramayu Nurhadi.",
        [("direct", "Surat suara sudah dikirim,", "Nurhadi", "Ketua KPU Indramayu")],
        id="place-used-alone-elsewhere-is-not-a-name"),
    pytest.param(
        "“Penumpang wajib memakai masker,” kata Juru Bicara Lion Air Group Danang Prihantoro."
        "\n“Kabin dibersihkan tiap hari,” ujar Danang.",
        [("direct", "Penumpang wajib memakai masker,", "Danang Prihantoro", "Juru Bicara Lion Air Group"),
         ("direct", "Kabin dibersihkan tiap hari,", "Danang Prihantoro", "Juru Bicara Lion Air Group")],
        id="dictionary-words-before-the-short-form"),
    pytest.param(
        "“Kami tidak ragu,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahdi MS di Jakarta.",
        [("direct", "Kami tidak ragu,", "Mahdi MS", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan")],
        id="title-with-commas"),
    pytest.param(
        "Hal senada disampaikan Rina Wulandari, warga setempat.\n“Air sudah surut sejak pagi,” katanya.",
        [("direct", "Air sudah surut sejak pagi,", "Rina Wulandari", "warga setempat")],
        id="hal-senada-makes-the-source-salient"),
    pytest.param("“Pasien kami pulangkan setelah dua kali tes negatif,” kata Kepala Puskesmas Sukamakmur Hendra Wijaya.", [("direct", "Pasien kami pulangkan setelah dua kali tes negatif,", "Hendra Wijaya", "Kepala Puskesmas Sukamakmur")], id="org-head-puskesmas-takes-next-word"),
    pytest.param("“Jemaah wajib membawa sajadah sendiri,” ujar Ketua Takmir Masjid Baiturrahim Sutrisno.", [("direct", "Jemaah wajib membawa sajadah sendiri,", "Sutrisno", "Ketua Takmir Masjid Baiturrahim")], id="org-head-masjid-single-word-name"),
    pytest.param("Kepala Bappelitbang Ratna Kusuma meninjau proyek itu.\nProyek itu dibiayai dari anggaran Bappelitbang tahun ini.\n“Kontraktor sudah kami tegur,” kata Ratna.", [("direct", "Kontraktor sudah kami tegur,", "Ratna Kusuma", "Kepala Bappelitbang")], id="short-form-cuts-agency-used-apart"),
    pytest.param("Kepala Desa Karangsari Slamet Widodo mengatakan air sudah surut.\nWarga Desa Karangsari kembali ke rumah.\n“Kami bersihkan lumpur bersama,” ujar Slamet.", [("indirect", "air sudah surut", "Slamet Widodo", "Kepala Desa Karangsari"), ("direct", "Kami bersihkan lumpur bersama,", "Slamet Widodo", "Kepala Desa Karangsari")], id="village-name-not-part-of-person"),
    pytest.param("“Kami siap berkoalisi,” kata Wakil Ketua Partai Nusantara Ahmad Fauzi Rahman.\nAhmad Riza hadir dalam pertemuan itu.\n“Belum ada nama calon,” ujar Fauzi.", [("direct", "Kami siap berkoalisi,", "Ahmad Fauzi Rahman", "Wakil Ketua Partai Nusantara"), ("direct", "Belum ada nama calon,", "Ahmad Fauzi Rahman", "Wakil Ketua Partai Nusantara")], id="given-name-shared-with-another-person-stays"),
    pytest.param("“Kunjungan wisatawan naik dua kali lipat,” kata Kepala Dinas Pariwisata I Made Sutama.\n“Hotel hampir penuh,” ujar Made.", [("direct", "Kunjungan wisatawan naik dua kali lipat,", "I Made Sutama", "Kepala Dinas Pariwisata"), ("direct", "Hotel hampir penuh,", "I Made Sutama", "Kepala Dinas Pariwisata")], id="balinese-i-is-not-a-numeral"),
    pytest.param("“Kami ingin festival ini menjadi agenda tahunan,” kata Bupati Sleman Hendra Wijaya.\nAcara itu juga dihadiri Ketua Paguyuban Pengrajin Sleman Lestari Ningsih.\n“Permintaan kain batik tulis naik dua kali lipat sejak awal tahun,” ujarnya.", [("direct", "Kami ingin festival ini menjadi agenda tahunan,", "Hendra Wijaya", "Bupati Sleman"), ("direct", "Permintaan kain batik tulis naik dua kali lipat sejak awal tahun,", "Lestari Ningsih", "Ketua Paguyuban Pengrajin Sleman")], id="clitic-after-dihadiri-titled"),
    pytest.param("“Anggaran tambahan sudah kami ajukan ke pusat,” kata Gubernur Riau Darmawan Putra.\nBelum ada kepastian Kepala Dinas Kesehatan Riau Sinta Maharani memantau langsung distribusi vaksin di gudang farmasi provinsi.\n“Stok kami hanya cukup untuk dua minggu ke depan,” tuturnya.", [("direct", "Anggaran tambahan sudah kami ajukan ke pusat,", "Darmawan Putra", "Gubernur Riau"), ("direct", "Stok kami hanya cukup untuk dua minggu ke depan,", "Sinta Maharani", "Kepala Dinas Kesehatan Riau")], id="clitic-after-runin-subhead"),
    pytest.param("“Kami akan mempercepat perbaikan jalan,” kata Wali Kota Bogor Arif Rahman.\nMenanggapi hal itu, Wakil Ketua DPRD Kota Bogor Yusuf Maulana meminta pemerintah kota transparan.\n“Jangan sampai anggaran perbaikan jalan dipakai untuk proyek lain,” katanya.", [("direct", "Kami akan mempercepat perbaikan jalan,", "Arif Rahman", "Wali Kota Bogor"), ("direct", "Jangan sampai anggaran perbaikan jalan dipakai untuk proyek lain,", "Yusuf Maulana", "Wakil Ketua DPRD Kota Bogor")], id="clitic-after-opener-comma-titled-subject"),
    pytest.param("Kepala Bappelitbang Ratna Kusuma meninjau proyek itu.\nMenurut catatan Bappelitbang, sebanyak 40 desa masih belum memiliki akses jalan yang layak untuk kendaraan roda empat.", [("indirect", "sebanyak 40 desa masih belum memiliki akses jalan yang layak untuk kendaraan roda empat", "Bappelitbang", None)], id="according-org-word-not-person"),
    pytest.param("Kepala Bappelitbang Ratna Kusuma mengatakan, pembangunan jalan desa akan dimulai tahun depan.", [("indirect", "pembangunan jalan desa akan dimulai tahun depan", "Ratna Kusuma", "Kepala Bappelitbang")], marks=pytest.mark.xfail(strict=True, reason="an unknown agency acronym-word before a name stays in the name when the article never uses it apart"), id="unknown-agency-word-before-name"),
    pytest.param("Menteri Pertanian Rudi Hartono meninjau panen raya di Karawang bersama Bupati Karawang Sari Dewi.\n“Produksi padi tahun ini diperkirakan naik lima persen,” kata Rudi.\nIa juga meminta Bupati Karawang Sari Dewi menjaga harga gabah.\n“Petani tidak boleh rugi saat panen raya,” ujarnya.", [("direct", "Produksi padi tahun ini diperkirakan naik lima persen,", "Rudi Hartono", "Menteri Pertanian"), ("indirect", "Bupati Karawang Sari Dewi menjaga harga gabah", "Rudi Hartono", "Menteri Pertanian"), ("direct", "Petani tidak boleh rugi saat panen raya,", "Rudi Hartono", "Menteri Pertanian")], id="clitic-object-mention-keeps-speaker"),
    pytest.param(
        "Kepala Dinas Pariwisata Lombok Barat Lalu Hendrawan meninjau hotel.\n“Hotel sudah terisi separuh,” ujarnya.",
        [("direct", "Hotel sudah terisi separuh,", "Lalu Hendrawan", "Kepala Dinas Pariwisata Lombok Barat")],
        id="sasak-title-lalu-in-name"),
    pytest.param(
        "Ketua RT Sutrisno membagikan beras. Jika melihat data kelurahan, jumlah penerima terus bertambah.\n“Kami terus mendata warga yang belum menerima,” ujarnya.",
        [("direct", "Kami terus mendata warga yang belum menerima,", "Sutrisno", "Ketua RT")],
        id="conjunction-opener-not-subject"),
    pytest.param(
        "Ketua Yayasan Nusa Hospitality Marlina Dewi Sinaga mengatakan, pelatihan dibuka lagi. Sebelumnya Nusa Hospitality ditutup. “Kami siap menerima peserta,” kata Marlina.",
        [("indirect", "pelatihan dibuka lagi", "Marlina Dewi Sinaga", "Ketua Yayasan Nusa Hospitality"),
         ("direct", "Kami siap menerima peserta,", "Marlina Dewi Sinaga", "Ketua Yayasan Nusa Hospitality")],
        id="english-org-word-not-a-short-form"),
    pytest.param(
        "Direktur Eksekutif Lingkar Tani Gambut Rosa Mariani Lubis mengatakan, panen padi di desa itu gagal karena banjir. “Petani butuh benih,” ungkap Rosa Mariani Lubis.",
        [("indirect", "panen padi di desa itu gagal karena banjir", "Rosa Mariani Lubis", "Direktur Eksekutif Lingkar Tani Gambut"),
         ("direct", "Petani butuh benih,", "Rosa Mariani Lubis", "Direktur Eksekutif Lingkar Tani Gambut")],
        id="full-tail-repeated-cuts-org"),
    pytest.param("Ketua RT Joko Susilo hadir di balai warga.\nDosen Fakultas Hukum Universitas Andalas, Rina Marlina, juga menyoroti lambannya bantuan.\n“Warga sudah menunggu sebulan,” ujarnya.", [("direct", "Warga sudah menunggu sebulan,", "Rina Marlina", "Dosen Fakultas Hukum Universitas Andalas")], id="clitic-to-apposed-name-after-title"),
    pytest.param("Camat Sukamaju Budi Santoso meninjau lokasi.\nKetua Komunitas Bike to Work (B2W) Dedi Kurniawan yakin jalur sepeda akan ramai.\n“Setiap pagi ratusan orang lewat sini,” katanya.", [("direct", "Setiap pagi ratusan orang lewat sini,", "Dedi Kurniawan", "Ketua Komunitas Bike to Work (B2W)")], id="clitic-to-subject-across-org-connector"),
    pytest.param(
        "\"Kami siap membantu warga,\" kata Juru Bicara Partai Keadilan Sejahtera Ahmad Khalil.",
        [("direct", "Kami siap membantu warga,", "Ahmad Khalil", "Juru Bicara Partai Keadilan Sejahtera")],
        id="org-name-continues-after-ordinary-word"),
    pytest.param(
        "\"Industri pengolahan harus disiapkan,\" ujar Guru Besar Universitas Lambung Mangkurat Muhammad Hendra Irawan.",
        [("direct", "Industri pengolahan harus disiapkan,", "Muhammad Hendra Irawan", "Guru Besar Universitas Lambung Mangkurat")],
        id="university-two-word-name"),
    pytest.param(
        "Direktur Pemasaran Sagarmart Rini Kusumawati mengatakan, penjualan naik tajam. "
        "Sagarmart menambah sepuluh gerai tahun ini.\n“Permintaan masih tinggi sampai akhir tahun,” kata Rini.",
        [("indirect", "penjualan naik tajam", "Rini Kusumawati", "Direktur Pemasaran Sagarmart"),
         ("direct", "Permintaan masih tinggi sampai akhir tahun,", "Rini Kusumawati", "Direktur Pemasaran Sagarmart")],
        id="organisation-before-short-form-written-apart"),
    pytest.param(
        "Direktur Sagarmart Yohanes Arif Wibowo mengatakan, penjualan naik tajam bulan ini. "
        "Sagarmart membuka sepuluh gerai baru.\n“Permintaan masih tinggi,” kata Arif.",
        [("indirect", "penjualan naik tajam bulan ini", "Yohanes Arif Wibowo", "Direktur Sagarmart"),
         ("direct", "Permintaan masih tinggi,", "Yohanes Arif Wibowo", "Direktur Sagarmart")],
        id="given-name-before-short-form-stays"),
    pytest.param(
        "“Pesanan kami naik dua kali lipat,” kata CEO Lautbiru Ben Santosa Hadi.",
        [("direct", "Pesanan kami naik dua kali lipat,", "Ben Santosa Hadi", "CEO Lautbiru")],
        id="post-then-organisation-then-name"),
    pytest.param(
        "Direktur Utama PT Lautbiru Anton Gunawan mengatakan, ekspor tetap berjalan. "
        "Menurut catatan PT Lautbiru, penjualan turun tipis.\n“Kami optimistis pasar pulih,” ujarnya.",
        [("indirect", "ekspor tetap berjalan", "Anton Gunawan", "Direktur Utama PT Lautbiru"),
         ("indirect", "penjualan turun tipis", "Lautbiru", None),
         ("direct", "Kami optimistis pasar pulih,", "Anton Gunawan", "Direktur Utama PT Lautbiru")],
        id="company-after-pt-is-no-person"),
    pytest.param(
        "“Jalan desa sudah diperbaiki,” kata Kepala Desa Sukamulya, Kecamatan Cibeber, Rahmat Hidayat, Senin.",
        [("direct", "Jalan desa sudah diperbaiki,", "Rahmat Hidayat", "Kepala Desa Sukamulya, Kecamatan Cibeber")],
        id="title-over-comma-parts-then-name"),
    pytest.param(
        "“Telur penyu kami tetaskan sendiri,” kata Ketua Kelompok Nelayan Suparno, di Pantai Indah, Senin.",
        [("direct", "Telur penyu kami tetaskan sendiri,", "Suparno", "Ketua Kelompok Nelayan")],
        id="place-phrase-after-name-is-not-speaker"),
    pytest.param(
        "Kepala Dinas Perikanan Kota Padang Sudarmawan mengatakan, tangkapan ikan naik tahun ini.\n"
        "“Cuaca sedang bersahabat bagi nelayan,” kata Darma.",
        [("indirect", "tangkapan ikan naik tahun ini", "Sudarmawan", "Kepala Dinas Perikanan Kota Padang"),
         ("direct", "Cuaca sedang bersahabat bagi nelayan,", "Darma", None)],
        id="short-form-inside-name-word-is-not-linked"),
    pytest.param(
        "Kepala Dinas Perikanan Kota Padang Sudarmawan mengatakan, tangkapan ikan naik tahun ini.\n"
        "“Cuaca sedang bersahabat bagi nelayan,” kata Suda.",
        [("indirect", "tangkapan ikan naik tahun ini", "Sudarmawan", "Kepala Dinas Perikanan Kota Padang"),
         ("direct", "Cuaca sedang bersahabat bagi nelayan,", "Sudarmawan", "Kepala Dinas Perikanan Kota Padang")],
        id="short-form-prefix-of-name-word"),
    pytest.param(
        "Ketua Koperasi Nelayan Yulianingsih Pratiwi mengatakan, harga solar naik. "
        "Wakil Ketua Yulianto Saragih menambahkan, kapal banyak yang menganggur.\n"
        "“Kami menunggu bantuan pemerintah,” kata Yuli.",
        [("indirect", "harga solar naik", "Yulianingsih Pratiwi", "Ketua Koperasi Nelayan"),
         ("indirect", "kapal banyak yang menganggur", "Yulianto Saragih", "Wakil Ketua"),
         ("direct", "Kami menunggu bantuan pemerintah,", "Yuli", None)],
        id="prefix-short-form-of-two-people-stays-apart"),
    pytest.param(
        "Ketua KPU Kota Padang Rudi Hartono Pratama mengatakan, tiket sudah habis terjual.\n"
        "“Kami menambah kursi penonton,” kata Rudi.",
        [("indirect", "tiket sudah habis terjual", "Rudi Hartono Pratama", "Ketua KPU Kota Padang"),
         ("direct", "Kami menambah kursi penonton,", "Rudi Hartono Pratama", "Ketua KPU Kota Padang")],
        id="rank-word-as-surname"),
    pytest.param(
        "“Laba kami naik tipis tahun ini,” kata Direktur Utama.",
        [("direct", "Laba kami naik tipis tahun ini,", "Direktur Utama", None)],
        id="rank-word-after-title-is-no-name"),
    pytest.param(
        "Ketua Pimpinan Pusat Karyatani Salim Rahadian menuturkan, pasokan pupuk sudah dikirim.\n"
        "“Semua gudang sudah terisi,” kata Salim.",
        [("indirect", "pasokan pupuk sudah dikirim", "Salim Rahadian", "Ketua Pimpinan Pusat Karyatani"),
         ("direct", "Semua gudang sudah terisi,", "Salim Rahadian", "Ketua Pimpinan Pusat Karyatani")],
        id="organisation-after-title-level-word"),
    pytest.param(
        "Kepala Dinas Kesehatan Andreas Hugo Paruntu menuturkan, pasokan obat sudah dikirim.\n"
        "“Semua gudang sudah terisi,” kata Hugo.",
        [("indirect", "pasokan obat sudah dikirim", "Andreas Hugo Paruntu", "Kepala Dinas Kesehatan"),
         ("direct", "Semua gudang sudah terisi,", "Andreas Hugo Paruntu", "Kepala Dinas Kesehatan")],
        id="given-name-after-field-title-stays"),
    pytest.param(
        "Wali Kota Bogor Bima Harahap dinyatakan sembuh pekan lalu. "
        "Praktis Bima hanya bertemu dokter selama dirawat.\n"
        "“Saya bersyukur bisa pulang,” ujarnya.",
        [("direct", "Saya bersyukur bisa pulang,", "Bima Harahap", "Wali Kota Bogor")],
        id="dictionary-opener-before-known-given-name"),
    pytest.param(
        "Wali Kota Bogor Bima Harahap dinyatakan sembuh pekan lalu. "
        "Teguh Bima Saputra mengatakan, kondisi pasien sudah stabil sejak kemarin.\n"
        "“Pasien boleh pulang,” ujarnya.",
        [("indirect", "kondisi pasien sudah stabil sejak kemarin", "Teguh Bima Saputra", None),
         ("direct", "Pasien boleh pulang,", "Teguh Bima Saputra", None)],
        id="given-name-word-before-other-name-is-new-person"),
    pytest.param(
        "Peneliti Pusat Kajian Iklim Universitas Andalas, dokter Rina Maharani, mengatakan, musim hujan datang lebih awal.",
        [("indirect", "musim hujan datang lebih awal", "Rina Maharani", "Peneliti Pusat Kajian Iklim Universitas Andalas")],
        id="titled-phrase-then-lower-title-name"),
    pytest.param(
        "Menteri Pertanian Sri Wulandari dalam wawancara dengan Kompas menyampaikan, stok beras aman sampai Lebaran.\n"
        "“Gudang Bulog masih penuh,” katanya.",
        [("direct", "Gudang Bulog masih penuh,", "Sri Wulandari", "Menteri Pertanian")],
        id="medium-after-dengan-is-no-speaker"),
    pytest.param(
        "“Jaringan itu masih aktif merekrut,” kata pengamat terorisme Al Fikri Hasan.\n“Polisi harus waspada,” ujar Al Fikri.",
        [("direct", "Jaringan itu masih aktif merekrut,", "Al Fikri Hasan", "pengamat terorisme"),
         ("direct", "Polisi harus waspada,", "Al Fikri Hasan", "pengamat terorisme")],
        id="al-opens-a-name"),
    pytest.param(
        "Kepala Dinas Perhubungan Budi Hartawan menjelaskan, semua bus harus singgah di Terminal Pulo Harapan sebelum berangkat.\n"
        "Di Terminal Pulo Harapan, lanjutnya, petugas akan memeriksa dokumen setiap penumpang.\n"
        "Petugas juga akan mencatat nama penumpang.\n"
        "“Penumpang tanpa surat akan kami pulangkan,” katanya.",
        [("indirect", "semua bus harus singgah di Terminal Pulo Harapan sebelum berangkat", "Budi Hartawan",
          "Kepala Dinas Perhubungan"),
         ("indirect", "Di Terminal Pulo Harapan, lanjutnya, petugas akan memeriksa dokumen setiap penumpang",
          "Budi Hartawan", "Kepala Dinas Perhubungan"),
         ("direct", "Penumpang tanpa surat akan kami pulangkan,", "Budi Hartawan", "Kepala Dinas Perhubungan")],
        id="place-after-opening-preposition-is-no-subject"),
    pytest.param(
        "Direktur Utama Daurasa, Arnold T. Hensley, menyampaikan apresiasinya atas kerja sama itu.\n"
        "“Kami ingin program ini berlanjut sampai tahun depan,” ujarnya.",
        [("direct", "Kami ingin program ini berlanjut sampai tahun depan,", "Arnold T. Hensley", "Direktur Utama Daurasa")],
        id="middle-initial-in-apposed-subject"),
    pytest.param(
        "General Manager Melati Hotel Indra Wijaya mengatakan, tingkat hunian naik menjelang libur akhir tahun.\n"
        "“Tamu mulai ramai sejak pekan lalu,” tuturnya.",
        [("indirect", "tingkat hunian naik menjelang libur akhir tahun", "Indra Wijaya", "General Manager Melati Hotel"),
         ("direct", "Tamu mulai ramai sejak pekan lalu,", "Indra Wijaya", "General Manager Melati Hotel")],
        id="organisation-named-before-english-head"),
    pytest.param(
        "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki) Joko Suryanto mengatakan, harga kopi naik sejak Januari.\n"
        "Perpeki memperkirakan panen tahun ini turun hingga sepertiga.\n"
        "“Cuaca terlalu basah untuk bunga kopi,” katanya.",
        [("indirect", "harga kopi naik sejak Januari", "Joko Suryanto",
          "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki)"),
         ("indirect", "panen tahun ini turun hingga sepertiga", "Perpeki", None),
         ("direct", "Cuaca terlalu basah untuk bunga kopi,", "Joko Suryanto",
          "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki)")],
        id="bracketed-short-name-in-role-is-the-organisation"),
    pytest.param(
        "Direktur Eksekutif Network for Democracy and Electoral Integrity Rudi Kurniawan mengatakan, "
        "laporan dana kampanye masih formalitas.\n"
        "“Audit harus menyentuh kebenaran laporan,” ujarnya.",
        [("indirect", "laporan dana kampanye masih formalitas", "Rudi Kurniawan",
          "Direktur Eksekutif Network for Democracy and Electoral Integrity"),
         ("direct", "Audit harus menyentuh kebenaran laporan,", "Rudi Kurniawan",
          "Direktur Eksekutif Network for Democracy and Electoral Integrity")],
        id="organisation-goes-on-after-joining-word"),
    pytest.param(
        "Menteri Perdagangan Rina Wati menanggapi bahwa harga gula akan stabil bulan depan.",
        [("indirect", "harga gula akan stabil bulan depan", "Rina Wati", "Menteri Perdagangan")],
        id="marked-cue-with-bahwa"),
    pytest.param(
        "Camat Budi Hartono meninjau gudang. Atas temuan itu, menurutnya, stok pupuk akan ditambah pekan depan.",
        [("indirect", "stok pupuk akan ditambah pekan depan", "Budi Hartono", "Camat")],
        id="menurutnya-after-adverbial-opener"),
    pytest.param(
        "Direktur Rumah Sakit Dewi Anggraini meninjau bangsal. Sebab, menurutnya jumlah perawat masih kurang di malam hari.",
        [("indirect", "jumlah perawat masih kurang di malam hari", "Dewi Anggraini", "Direktur Rumah Sakit")],
        id="menurutnya-without-comma"),
    pytest.param(
        "Pembangunan jembatan itu, menurut Camat Andi Saputra, akan selesai tahun depan.",
        [("indirect", "Pembangunan jembatan itu, menurut Camat Andi Saputra, akan selesai tahun depan",
          "Andi Saputra", "Camat")],
        id="menurut-after-subject-whole-sentence"),
    pytest.param(
        "Wali Kota Rudi Santoso memberi sambutan. Ketua DPRD Andi Pratama mengkritik rencana kenaikan tarif parkir. "
        "Ia menilai tarif baru akan memberatkan warga.",
        [("indirect", "tarif baru akan memberatkan warga", "Andi Pratama", "Ketua DPRD")],
        id="pronoun-after-noun-object-cue"),
    pytest.param(
        "Ketua RT Dodi Firmansyah menyampaikan terima kasih kepada relawan.\n"
        "“Tanpa mereka acara ini tidak akan berjalan,” tuturnya.",
        [("direct", "Tanpa mereka acara ini tidak akan berjalan,", "Dodi Firmansyah", "Ketua RT")],
        id="clitic-after-noun-object-cue"),
    pytest.param(
        "Kepala Sekolah Maria Ulfa menambahkan, pihaknya menyiapkan ruang belajar tambahan agar siswa tidak berdesakan.",
        [("indirect", "pihaknya menyiapkan ruang belajar tambahan agar siswa tidak berdesakan", "Maria Ulfa",
          "Kepala Sekolah")],
        id="purpose-agar-stays-in-report"),
    pytest.param(
        "Pengamat transportasi dari Universitas Andalas, Yudi Prasetyo, menyebut tarif ojek daring terlalu tinggi.",
        [("indirect", "tarif ojek daring terlalu tinggi", "Yudi Prasetyo",
          "Pengamat transportasi dari Universitas Andalas")],
        id="role-title-before-origin"),
    pytest.param(
        "Berasal dari Kabupaten Garut, Lina Marlina dikenal sebagai perajin batik.\n"
        "“Saya belajar membatik sejak kecil,” kata Lina.",
        [("direct", "Saya belajar membatik sejak kecil,", "Lina Marlina", None)],
        id="origin-opener-is-no-role"),
    pytest.param(
        "Dalam sambutannya, Mayjen TNI Bagus Wirawan mengatakan latihan gabungan akan digelar bulan depan.",
        [("indirect", "latihan gabungan akan digelar bulan depan", "Bagus Wirawan", None)],
        id="prepositional-opener-is-no-role"),
    pytest.param(
        "Kepala Desa Sari Wulandari mendorong warga bekerja sama membersihkan saluran air.",
        [("indirect", "warga bekerja sama membersihkan saluran air", "Sari Wulandari", "Kepala Desa")],
        id="request-bare-verb"),
    pytest.param(
        "Menteri Pertanian Rahmat Hidayat (Gus Rahmat) meninjau sawah di Karawang.\n“Panen tahun ini bagus,” kata Gus Rahmat.",
        [("direct", "Panen tahun ini bagus,", "Rahmat Hidayat", "Menteri Pertanian")],
        id="bracketed-nickname-is-alias"),
    pytest.param(
        "Bupati Garut Wahyu Santoso yang akrab disapa Yuyu meninjau pasar pagi ini.\n“Harga cabai mulai turun,” ujar Yuyu.",
        [("direct", "Harga cabai mulai turun,", "Wahyu Santoso", "Bupati Garut")],
        id="akrab-disapa-one-word-nickname"),
    pytest.param(
        "Kepala Dinas Pendidikan Rina Marlina atau yang akrab disapa Teh Rina meninjau sekolah.\n"
        "“Semua kelas sudah siap,” kata Teh Rina.",
        [("direct", "Semua kelas sudah siap,", "Rina Marlina", "Kepala Dinas Pendidikan")],
        id="akrab-disapa-two-word-nickname-no-second-person"),
    pytest.param(
        "Wakil Ketua MPR Hendra Wiguna Lubis (HWL) menghadiri rapat di Senayan.\n“Kami mendukung langkah pemerintah,” ujar HWL.",
        [("direct", "Kami mendukung langkah pemerintah,", "Hendra Wiguna Lubis", "Wakil Ketua MPR")],
        id="bracketed-initials-nickname"),
    pytest.param(
        "Direktur Utama BPJS Ketenagakerjaan Prof Ali Rahman Siregar memastikan layanan tetap berjalan.\n"
        "“Kami sudah siap melayani peserta,” kata Prof Rahman.",
        [("indirect", "layanan tetap berjalan", "Ali Rahman Siregar", "Direktur Utama BPJS Ketenagakerjaan"),
         ("direct", "Kami sudah siap melayani peserta,", "Ali Rahman Siregar", "Direktur Utama BPJS Ketenagakerjaan")],
        id="word-after-prof-opens-the-name"),
    pytest.param(
        "Pelatih kepala Timnas Tajikistan, Timur Olimov, mengaku siap menghadapi laga besok.\n“Kami akan bermain menyerang,” kata Olimov.",
        [("indirect", "siap menghadapi laga besok", "Timur Olimov", "Pelatih kepala Timnas Tajikistan"),
         ("direct", "Kami akan bermain menyerang,", "Timur Olimov", "Pelatih kepala Timnas Tajikistan")],
        id="name-after-comma-keeps-place-word"),
    pytest.param(
        "Kepala Dinas Perhubungan Andi Saputra merinci, biaya perbaikan jalan itu mencapai Rp 5 miliar.",
        [("indirect", "biaya perbaikan jalan itu mencapai Rp 5 miliar", "Andi Saputra", "Kepala Dinas Perhubungan")],
        id="merinci-comma-clause"),
    pytest.param(
        "Meski begitu, Dedi Kurnia tetap menegaskan bahwa proyek irigasi itu akan selesai tahun ini.",
        [("indirect", "proyek irigasi itu akan selesai tahun ini", "Dedi Kurnia", None)],
        id="tetap-between-subject-and-cue"),
    pytest.param(
        "Rudi Hartono, Kepala Divisi Keuangan, SDM dan Umum PT Sinar Jaya Abadi (SJA), mengatakan bahwa laba "
        "perusahaan naik dua kali lipat.",
        [("indirect", "laba perusahaan naik dua kali lipat", "Rudi Hartono",
          "Kepala Divisi Keuangan, SDM dan Umum PT Sinar Jaya Abadi (SJA)")],
        id="name-then-title-split-by-comma"),
    pytest.param(
        "Menurut Budi Santoso, anggaran itu cukup besar.\nTeguran Hartono\n"
        "Sikap Presiden Hartono Wibisono terhadap para menteri kini makin tegas.\n"
        "“Kalau ada yang nakal, saya ganti,” kata Hartono di Bogor.",
        [("indirect", "anggaran itu cukup besar", "Budi Santoso", None),
         ("direct", "Kalau ada yang nakal, saya ganti,", "Hartono Wibisono", "Presiden")],
        id="subhead-gives-no-role"),
    pytest.param(
        "Menteri Koordinator Bidang Pangan dan Pertanian Desa Surya Darmawan mengatakan stok beras nasional aman "
        "hingga akhir tahun.",
        [("indirect", "stok beras nasional aman hingga akhir tahun", "Surya Darmawan",
          "Menteri Koordinator Bidang Pangan dan Pertanian Desa")],
        id="title-with-two-fields-joined-by-dan"),
    pytest.param(
        "Asisten pelatih Timnas Kirgistan, Aziz Rahimov, mengatakan timnya siap menghadapi laga besok.\n"
        "“Kami akan bermain disiplin,” kata Rahimov.",
        [("indirect", "timnya siap menghadapi laga besok", "Aziz Rahimov", "Asisten pelatih Timnas Kirgistan"),
         ("direct", "Kami akan bermain disiplin,", "Aziz Rahimov", "Asisten pelatih Timnas Kirgistan")],
        id="lower-case-title-before-body-and-name"),
    pytest.param(
        "Rektor Unhas, Sudirman, memastikan kampus menindak tegas pelaku perundungan.\n"
        "“Kami tidak akan mentoleransi kekerasan,” kata Sudirman di Makassar.\n"
        "Ia menegaskan, Unhas akan memberi sanksi berat.",
        [("indirect", "kampus menindak tegas pelaku perundungan", "Sudirman", "Rektor Unhas"),
         ("direct", "Kami tidak akan mentoleransi kekerasan,", "Sudirman", "Rektor Unhas"),
         ("indirect", "Unhas akan memberi sanksi berat", "Sudirman", "Rektor Unhas")],
        id="title-and-body-then-name"),
    pytest.param(
        "Dijelaskan Kepala Dinas Pendidikan Budi Santoso, penyitaan aset dilakukan serentak pada pekan lalu.",
        [("indirect", "penyitaan aset dilakukan serentak pada pekan lalu", "Budi Santoso", "Kepala Dinas Pendidikan")],
        id="passive-cue-source-comma"),
    pytest.param(
        "“Kami siap bekerja sama,” kata Ketua Umum Partai Maju Rudi Hartono.\n"
        "Ketua Umum Partai Maju ini mengaku prihatin dengan kasus korupsi itu.",
        [("direct", "Kami siap bekerja sama,", "Rudi Hartono", "Ketua Umum Partai Maju"),
         ("indirect", "prihatin dengan kasus korupsi itu", "Rudi Hartono", "Ketua Umum Partai Maju")],
        id="titled-anaphor-with-ini"),
    pytest.param(
        "Bupati Sleman Kustini Sri Purnomo, Senin (3/3), menuturkan, sekolah di wilayahnya tetap buka.\n"
        "“Kami sudah siap,” kata Kustini.",
        [("indirect", "sekolah di wilayahnya tetap buka", "Kustini Sri Purnomo", "Bupati Sleman"),
         ("direct", "Kami sudah siap,", "Kustini Sri Purnomo", "Bupati Sleman")],
        id="weekday-after-name-keeps-title"),
    pytest.param(
        "“Kami sudah bekerja keras,” kata Menteri Pertanian Budi Santoso.\n"
        "Mereka menilai kebijakan itu terlalu berat bagi petani kecil.",
        [("direct", "Kami sudah bekerja keras,", "Budi Santoso", "Menteri Pertanian")],
        id="mereka-is-not-the-last-person"),
    pytest.param(
        "Kepala Dinas Pertanian Rina Marlina meninjau sawah warga. “Kami siap membantu,” katanya.\n"
        "Pihaknya pun mendorong agar petani segera mendaftar asuransi panen.",
        [("direct", "Kami siap membantu,", "Rina Marlina", "Kepala Dinas Pertanian"),
         ("indirect", "petani segera mendaftar asuransi panen", "Rina Marlina", "Kepala Dinas Pertanian")],
        id="pihaknya-subject"),
    pytest.param(
        "Kepala Dinas Pekerjaan Umum Hendra Gunawan hadir dalam rapat itu.\n"
        "Selain itu, dirinya juga mengatakan jalan desa akan diaspal bulan depan.",
        [("indirect", "jalan desa akan diaspal bulan depan", "Hendra Gunawan", "Kepala Dinas Pekerjaan Umum")],
        id="dirinya-subject"),
    pytest.param(
        "Direktur PT Sumber Air Bayu Pratama yang juga menjadi pembicara dalam diskusi tersebut "
        "menekankan bahwa pasokan air baku harus dijaga.",
        [("indirect", "pasokan air baku harus dijaga", "Bayu Pratama", "Direktur PT Sumber Air")],
        id="yang-clause-between-subject-and-cue"),
    pytest.param(
        "Pentingnya perawatan jembatan juga ditekankan oleh Yudi Hartanto, pengamat transportasi. "
        "Ia menyatakan bahwa tanpa perawatan rutin, jembatan cepat rusak.",
        [("indirect", "tanpa perawatan rutin, jembatan cepat rusak", "Yudi Hartanto", "pengamat transportasi")],
        id="passive-ditekankan-oleh-keeps-source"),
    pytest.param(
        "Wali Kota Bogor Arif Setiawan lantas menyebut kalau stok beras masih aman.",
        [("indirect", "stok beras masih aman", "Arif Setiawan", "Wali Kota Bogor")],
        id="lantas-between-subject-and-cue"),
    pytest.param(
        "Kepala Sekolah Nur Aini menegaskan di tahun ajaran ini sekolah telah menambah ruang kelas.",
        [("indirect", "di tahun ajaran ini sekolah telah menambah ruang kelas", "Nur Aini", "Kepala Sekolah")],
        id="weak-cue-preposition-then-clause"),
    pytest.param(
        "“Jangan buang sampah ke sungai!” sindir Kepala Desa Doni Saputra.",
        [("direct", "Jangan buang sampah ke sungai!", "Doni Saputra", "Kepala Desa")],
        id="post-cue-sindir"),
    pytest.param("“Dalih itu tidak dapat diterima,” kata anggota DKE Sari Wulandari membacakan pertimbangannya.", [("direct", "Dalih itu tidak dapat diterima,", "Sari Wulandari", "anggota DKE")], id="kata-title-name-then-verb"),
    pytest.param("Budi melihat ekonomi itu akan tumbuh pesat tahun depan.", [("indirect", "ekonomi itu akan tumbuh pesat tahun depan", "Budi", None)], id="weak-cue-clause-with-demonstrative"),
    # a capitalised dictionary noun heading a possessive subject is no title, and the known
    # short name is later given in full
    pytest.param(
        "Bripda Sinta bertugas di Papua.\n“Kami bekerja sebagai tim,” kata Sinta.\n"
        "Prestasi Sinta dalam bertugas menarik perhatian Kapolri.\n"
        "Bripda Sinta Maharani kini bertugas di Jakarta.",
        [("direct", "Kami bekerja sebagai tim,", "Sinta Maharani", None)],
        id="subject-noun-before-known-name-is-no-title"),
    pytest.param(
        "Menko Energi Gatot Wiryawan menolak usulan itu.\n"
        "Sikap Gatot kemudian dikritik banyak pihak.\n“Kami tetap pada keputusan,” kata Gatot.",
        [("direct", "Kami tetap pada keputusan,", "Gatot Wiryawan", "Menko Energi")],
        id="subject-noun-keeps-earlier-title"),
    # a media opener before the comma gives the person no role
    pytest.param(
        "Dikutip dari laman resmi Humas Polri, Bripka Dodi Saputra memulai karier pada 2010.\n"
        "“Saya bangga,” kata Dodi.",
        [("direct", "Saya bangga,", "Dodi Saputra", None)],
        id="media-opener-is-no-role"),
    # a title whose field is a list with commas and "dan"
    pytest.param(
        "Kepala Dinas Pangan, Perikanan, dan Peternakan Kota Bogor, Rahmat Hidayat, mengatakan stok daging aman.",
        [("indirect", "stok daging aman", "Rahmat Hidayat",
          "Kepala Dinas Pangan, Perikanan, dan Peternakan Kota Bogor")],
        id="comma-list-title-kept-whole"),
    pytest.param(
        "Kasubid Humas dan Protokol Pemkot Depok, Nina Kurnia, menjelaskan bahwa acara digelar Sabtu.",
        [("indirect", "acara digelar Sabtu", "Nina Kurnia", "Kasubid Humas dan Protokol Pemkot Depok")],
        id="dan-title-kept-whole"),
    # a Balinese name opens at I/Ni + birth-order name, after a hospital's name
    pytest.param(
        "“Pasien sudah stabil,” kata Direktur RSUP Prof Mantra I Nyoman Suarta kepada wartawan.",
        [("direct", "Pasien sudah stabil,", "I Nyoman Suarta", "Direktur RSUP Prof Mantra")],
        id="balinese-name-after-hospital-name"),
    # a lower-case title word before the capitalised run belongs to the role
    pytest.param(
        "Kisah itu dibagikan salah satu wisudawan Universitas Harapan Bangsa (UHB) Rizal Fahmi Ananda saat acara.\n"
        "“Saya hampir menyerah,” kata Rizal.",
        [("direct", "Saya hampir menyerah,", "Rizal Fahmi Ananda", "wisudawan Universitas Harapan Bangsa (UHB)")],
        id="lower-case-title-before-run"),
    # a known short form used with a cue keeps a later full name whole
    pytest.param(
        "Ia berdiskusi dengan Menteri Sosial Dian Lestari untuk program itu.\n"
        "“Bantuan cair bulan depan,” kata Menteri Sosial Dian Lestari Wulandari di Jakarta.\n"
        "“Datanya sudah siap,” kata Dian Lestari.",
        [("direct", "Bantuan cair bulan depan,", "Dian Lestari Wulandari", "Menteri Sosial"),
         ("direct", "Datanya sudah siap,", "Dian Lestari Wulandari", "Menteri Sosial")],
        id="short-form-with-cue-is-no-organisation"),
    # the service after a title stays in the title; a corps word is no name
    pytest.param(
        "“Kami menghormati putusan itu,” kata Kadispen TNI Brigjen Marinir Yudi Prasetyo.",
        [("direct", "Kami menghormati putusan itu,", "Yudi Prasetyo", "Kadispen TNI")],
        id="service-after-title-kept"),
    # an organisation's bracketed abbreviation is no person's name
    pytest.param(
        "Universitas Harapan Jaya (Unhaj) menggelar sidang etik.\n"
        "“Kami menjatuhkan sanksi tegas,” tulis pernyataan resmi BEM Unhaj di akun Instagramnya.",
        [("direct", "Kami menjatuhkan sanksi tegas,", "BEM Unhaj", None)],
        id="organisation-abbreviation-is-no-person"),
    pytest.param(
        "Kepala Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak Kota Tegal Rina Marlina, Senin (3/5/2021), mengatakan, bantuan akan disalurkan pekan depan.",
        [("indirect", "bantuan akan disalurkan pekan depan", "Rina Marlina",
          "Kepala Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak Kota Tegal")],
        id="title-with-comma-list-and-date-aside"),
    pytest.param(
        "Kepala Biro Humas, Hukum dan Kerja Sama Kemenpan Dodi Kurnia menyampaikan, pegawai tetap bekerja dari rumah.",
        [("indirect", "pegawai tetap bekerja dari rumah", "Dodi Kurnia", "Kepala Biro Humas, Hukum dan Kerja Sama Kemenpan")],
        id="title-with-comma-list-no-serial-comma"),
    pytest.param(
        "Bupati Tegal Rina Marlina, Senin (3/5/2021) di Slawi, mengatakan, bantuan akan disalurkan pekan depan.",
        [("indirect", "bantuan akan disalurkan pekan depan", "Rina Marlina", "Bupati Tegal")],
        id="date-and-place-aside-before-cue"),
    pytest.param(
        "Bupati Tegal Rina Marlina, saat dihubungi, mengatakan, bantuan akan disalurkan pekan depan.",
        [("indirect", "bantuan akan disalurkan pekan depan", "Rina Marlina", "Bupati Tegal")],
        id="occasion-aside-before-cue"),
    pytest.param(
        "“Jalan itu segera diperbaiki,” kata Kepala Dinas Kesehatan Andi Saputra dilansirdetikJatim, Senin (3/3).",
        [("direct", "Jalan itu segera diperbaiki,", "Andi Saputra", "Kepala Dinas Kesehatan")],
        id="glued-media-credit-ends-name"),
    pytest.param(
        "“Saya tidak setuju,” kata Budi di Jakarta.\nBudi mengatakan rencana itu tidak masuk akal.\n"
        "Perseteruan Budi-Joko kembali memanas bulan lalu.",
        [("direct", "Saya tidak setuju,", "Budi", None),
         ("indirect", "rencana itu tidak masuk akal", "Budi", None)],
        id="hyphen-pair-is-no-full-name"),
    pytest.param(
        "“Kami akan mempelajari usulan itu,” kata Andi Saputra usai menerima Pimpinan Pusat Wanatani.\n"
        "Dalam pertemuan itu, Wanatani menyampaikan usulan reformasi pertanian.\n"
        "Menurut dia, usulan itu merupakan gagasan yang cukup baik.",
        [("direct", "Kami akan mempelajari usulan itu,", "Andi Saputra", None),
         ("indirect", "usulan itu merupakan gagasan yang cukup baik", "Andi Saputra", None)],
        id="personal-pronoun-skips-body-after-level-title"),
    pytest.param(
        "“Sidang ditunda sampai pekan depan,” kata Ketua Majelis dalam sidang.\n"
        "“Para pihak diminta hadir tepat waktu,” sambungnya.",
        [("direct", "Sidang ditunda sampai pekan depan,", "Ketua Majelis", None),
         ("direct", "Para pihak diminta hadir tepat waktu,", "Ketua Majelis", None)],
        id="clitic-after-unnamed-title-speaker"),
    pytest.param(
        "Menteri Pertanian, Budi Santoso dalam sambutannya mengatakan bahwa harga beras akan turun bulan depan.",
        [("indirect", "harga beras akan turun bulan depan", "Budi Santoso", "Menteri Pertanian")],
        id="adverbial-between-subject-and-cue"),
    pytest.param(
        "Menko Ekonomi, Keuangan, dan Industri, Budi Santoso, mengatakan bahwa harga beras akan turun bulan depan.",
        [("indirect", "harga beras akan turun bulan depan", "Budi Santoso", "Menko Ekonomi, Keuangan, dan Industri")],
        id="title-listing-fields-with-commas"),
    pytest.param(
        "“Kami akan terus memantau harga,” kata Bupati Andi Saputra.\n"
        "“Stok beras masih aman sampai akhir tahun,” Andi memungkasi.",
        [("direct", "Kami akan terus memantau harga,", "Andi Saputra", "Bupati"),
         ("direct", "Stok beras masih aman sampai akhir tahun,", "Andi Saputra", "Bupati")],
        id="memungkasi-after-quote"),
    pytest.param(
        'Budi Hartono, Kepala Dinas Perhubungan Kota Tegal, Jumat (10/7/2020), menjelaskan, jalan itu akan ditutup selama dua pekan ke depan.',
        [('indirect', 'jalan itu akan ditutup selama dua pekan ke depan', 'Budi Hartono', 'Kepala Dinas Perhubungan Kota Tegal')],
        id='id-date-after-apposition'),
    pytest.param(
        'Ani Lestari, Gubernur Jawa Barat dalam rapat koordinasi dengan DPR, Kamis (16/4/2020) menjelaskan, stok beras di gudang masih aman sampai akhir tahun.',
        [('indirect', 'stok beras di gudang masih aman sampai akhir tahun', 'Ani Lestari', 'Gubernur Jawa Barat')],
        id='id-date-after-apposition-setting'),
    pytest.param(
        'Edi Santoso selaku Ketua Tim Pemenangan Paslon Nomor 2 mengatakan, semua saksi merasa lega atas hasil penghitungan suara.',
        [('indirect', 'semua saksi merasa lega atas hasil penghitungan suara', 'Edi Santoso', 'Ketua Tim Pemenangan Paslon Nomor 2')],
        id='id-selaku-role'),
    pytest.param(
        'Pengajar sosiologi Universitas Negeri Tegal (UNT), Budi Hartono, mengapresiasi pembentukan tim itu. “Kami mendukung langkah ini sepenuhnya,” katanya.',
        [('direct', 'Kami mendukung langkah ini sepenuhnya,', 'Budi Hartono', 'Pengajar sosiologi Universitas Negeri Tegal (UNT)')],
        id='id-role-bracket-apposition-observed'),
    pytest.param(
        'Anggota Komisi III DPR dari Fraksi Partai Amanat Nasional (PAN), Rudi Hartono, mengapresiasi langkah itu. “Langkah ini sudah tepat,” kata Rudi.',
        [('direct', 'Langkah ini sudah tepat,', 'Rudi Hartono', 'Anggota Komisi III DPR dari Fraksi Partai Amanat Nasional (PAN)')],
        id='id-origin-bracket-apposition-observed'),
    pytest.param(
        'Analis riset Maju Sejahtera Asset Management, Desi Lestari, menilai pasar obligasi masih menarik. “Permintaan investor ritel tetap kuat,” katanya.',
        [('indirect', 'pasar obligasi masih menarik', 'Desi Lestari', 'Analis riset Maju Sejahtera Asset Management'), ('direct', 'Permintaan investor ritel tetap kuat,', 'Desi Lestari', 'Analis riset Maju Sejahtera Asset Management')],
        id='id-field-words-before-body-observed'),
    pytest.param(
        'Pemerhati lingkungan Universitas Tegal, Rudi Santoso, mengkritik aturan itu karena terlalu longgar. “Aturan ini perlu diperketat segera,” kata Rudi.',
        [('direct', 'Aturan ini perlu diperketat segera,', 'Rudi Santoso', 'Pemerhati lingkungan Universitas Tegal')],
        id='id-lexicon-pemerhati-title'),
    pytest.param(
        "Direktur Eksekutif Institute for Clean Energy Reform Rudi Hartono mengatakan, pencabutan aturan itu terlalu cepat.",
        [("indirect", "pencabutan aturan itu terlalu cepat", "Rudi Hartono", "Direktur Eksekutif Institute for Clean Energy Reform")],
        id="english-body-name-with-preposition-before-the-name"),
    pytest.param(
        "Pengamat kebijakan publik dari Universitas Negeri Tegal, Slawi, Budi Hartono, mengatakan, kebijakan itu tepat.",
        [("indirect", "kebijakan itu tepat", "Budi Hartono", "Pengamat kebijakan publik dari Universitas Negeri Tegal")],
        id="city-of-the-title-between-title-and-name"),
    pytest.param(
        "Harga beras, kata Budi Santoso, akan turun pada pekan depan di seluruh pasar kota.",
        [("indirect", "Harga beras, kata Budi Santoso, akan turun pada pekan depan di seluruh pasar kota",
          "Budi Santoso", None)],
        id="mid-cue-two-word-subject-lead-whole-sentence"),
    pytest.param(
        "Ketua RT Andi Wijaya meninjau lokasi banjir. Tanggul, kata Andi, akan diperbaiki warga mulai besok pagi.",
        [("indirect", "Tanggul, kata Andi, akan diperbaiki warga mulai besok pagi", "Andi Wijaya", "Ketua RT")],
        id="mid-cue-one-word-noun-lead-whole-sentence"),
    pytest.param(
        "Ketua RT Joko Susilo hadir di lokasi banjir.\nSelain itu, kata Joko, warga akan mendapat bantuan makanan hari ini.",
        [("indirect", "warga akan mendapat bantuan makanan hari ini", "Joko Susilo", "Ketua RT")],
        id="mid-cue-connective-lead-clause-after-cue"),
    pytest.param(
        "Bupati Sleman Dewi Lestari meninjau sekolah itu.Dia mengatakan bahwa atap kelas akan diganti bulan depan.",
        [("indirect", "atap kelas akan diganti bulan depan", "Dewi Lestari", "Bupati Sleman")],
        id="glued-sentence-after-lowercase-word"),
    pytest.param(
        "Kepala Dinas Sosial Rina Marlina berpesan agar warga menjaga kebersihan lingkungan.Dia juga menyinggung "
        "soal banjir.",
        [("indirect", "warga menjaga kebersihan lingkungan", "Rina Marlina", "Kepala Dinas Sosial")],
        id="glued-sentence-ends-request-span"),
    pytest.param(
        "Setelah rapat itu, ternyata Budi Santoso mengatakan bahwa anggaran desa sudah habis sejak bulan lalu.",
        [("indirect", "anggaran desa sudah habis sejak bulan lalu", "Budi Santoso", None)],
        id="sentence-adverb-before-name-is-no-role"),
    pytest.param(
        "Ketua RW Hendra Gunawan menegaskan Andi bukanlah warga kampungnya.",
        [("indirect", "Andi bukanlah warga kampungnya", "Hendra Gunawan", "Ketua RW")],
        id="bukanlah-predicate-makes-clause"),
    pytest.param(
        "Salah satu warga, Andi Wijaya (23) yang juga kakak korban, mengatakan bahwa adiknya sering sakit perut.",
        [("indirect", "adiknya sering sakit perut", "Andi Wijaya", "Salah satu warga")],
        id="name-age-relative-clause-is-the-person"),
    pytest.param(
        "Polisi memburu Rudi Hartono (33), pelaku pencurian motor di Sukamaju.\n"
        "\"Pelaku sudah kami kejar sampai ke luar kota,\" kata Kapolsek Sukamaju Kompol Hadi Pranoto.\n"
        "Rudi akhirnya ditangkap polisi di sebuah gudang.\n"
        "\"Kami terpaksa melumpuhkannya,\" katanya.",
        [("direct", "Pelaku sudah kami kejar sampai ke luar kota,", "Hadi Pranoto", "Kapolsek Sukamaju"),
         ("direct", "Kami terpaksa melumpuhkannya,", "Hadi Pranoto", "Kapolsek Sukamaju")],
        id="clitic-skips-passive-subject"),
    pytest.param(
        "Menteri Sosial Andi Wijaya berbicara di Bandung. Yang terpenting bagi Presiden, kata Andi, yakni sejauh "
        "mana program bantuan berjalan.",
        [("indirect", "Yang terpenting bagi Presiden, kata Andi, yakni sejauh mana program bantuan berjalan",
          "Andi Wijaya", "Menteri Sosial")],
        id="bagi-inside-noun-phrase-is-not-according-to"),
    pytest.param(
        "Bagi Andi Wijaya, program bantuan itu sudah berjalan dengan baik sejak awal tahun.",
        [("indirect", "program bantuan itu sudah berjalan dengan baik sejak awal tahun", "Andi Wijaya", None)],
        id="bagi-opening-sentence-still-according-to"),
    pytest.param(
        "Pada program pangan, Budi Santoso mengatakan dalam setahun pemerintah telah membuka lahan baru, "
        "seperti di Papua dan Kalimantan.",
        [("indirect", "dalam setahun pemerintah telah membuka lahan baru, seperti di Papua dan Kalimantan",
          "Budi Santoso", None)],
        id="opening-phrase-with-predicate-is-part-of-the-report"),
    pytest.param(
        "Budi Santoso mengatakan dalam konferensi pers di Jakarta, pemerintah akan menambah anggaran tahun depan.",
        [("indirect", "pemerintah akan menambah anggaran tahun depan", "Budi Santoso", None)],
        id="setting-phrase-before-comma-still-skipped"),
    # a one-word short form met first: the longer name the article writes in passing
    pytest.param(
        "Hal senada disampaikan Resort Manager Pondok Kenari Indah Hotel Rendi Saputra.\n"
        "Penginapan di kawasan itu sepi sejak awal bulan.\n“Banyak tamu membatalkan pesanan,” ujar Rendi.",
        [("direct", "Banyak tamu membatalkan pesanan,", "Rendi Saputra", "Resort Manager Pondok Kenari Indah Hotel")],
        id="short-form-full-name-in-passing"),
    # "kata <title>, <Full Name>, di …" in the middle of the reported sentence
    pytest.param(
        "Oleh karena itu, kata ahli gizi Universitas Bukit Hijau, Laras Wulandari, di Bandung, Senin (3/2/2025), "
        "sekolah perlu menambah menu sayur.\n“Anak-anak butuh serat,” ujarnya.",
        [("indirect", "sekolah perlu menambah menu sayur", "Laras Wulandari", "ahli gizi Universitas Bukit Hijau"),
         ("direct", "Anak-anak butuh serat,", "Laras Wulandari", "ahli gizi Universitas Bukit Hijau")],
        id="mid-kata-title-comma-name"),
    # "<Name> dari <Body> mengatakan": the name is the speaker
    pytest.param(
        "Reza dari CV Anyaman Kencana mengatakan, pesanan keranjang rotan naik tajam.\n"
        "Bahan baku masih sulit dicari.\n“Kami terpaksa menolak pesanan,” katanya.",
        [("indirect", "pesanan keranjang rotan naik tajam", "Reza", None),
         ("direct", "Kami terpaksa menolak pesanan,", "Reza", None)],
        id="name-dari-body"),
    # a request to a hearer introduced by "kepada"
    pytest.param(
        "Camat Hendra Gunawan berpesan kepada para ketua RT untuk segera mendata warga lansia.",
        [("indirect", "segera mendata warga lansia", "Hendra Gunawan", "Camat")],
        id="berpesan-kepada-untuk"),
    # a document after "dalam" as the source of a passive cue
    pytest.param(
        "Dalam surat edaran itu disebutkan bahwa pasar tradisional wajib tutup pukul 21.00.",
        [("indirect", "pasar tradisional wajib tutup pukul 21.00", "surat edaran", None)],
        id="dalam-document-disebutkan"),
    # a voiced assessment: "memandang X sebagai Y"
    pytest.param(
        "Ketua Koperasi Tani Makmur Sari Dewi memandang program itu sebagai peluang besar bagi petani muda.",
        [("indirect", "program itu sebagai peluang besar bagi petani muda", "Sari Dewi", "Ketua Koperasi Tani Makmur")],
        id="memandang-sebagai"),
    # "sebagian umat X" is a group, not a person named X; the clitic stays with the named speaker
    pytest.param(
        "Ketua Forum Warga Bagus Pratama meminta aturan ditegakkan adil.\n"
        "Sebab, sebagian warga Betawi menilai aturan itu pilih kasih.\n“Jangan ada tebang pilih,” ujarnya.",
        [("indirect", "aturan ditegakkan adil", "Bagus Pratama", "Ketua Forum Warga"),
         ("indirect", "aturan itu pilih kasih", "sebagian warga Betawi", None),
         ("direct", "Jangan ada tebang pilih,", "Bagus Pratama", "Ketua Forum Warga")],
        id="group-quantifier-not-a-name"),
    # an aside of being reached for comment, then the day, between the subject and its cue
    pytest.param(
        "Dosen hukum Universitas Bukit Hijau, Rina Susanti, saat dihubungi, Jumat (12/2/2021), mengatakan, "
        "kepala desa itu dapat dilantik lebih dulu.",
        [("indirect", "kepala desa itu dapat dilantik lebih dulu", "Rina Susanti", "Dosen hukum Universitas Bukit Hijau")],
        id="aside-contacted-then-date"),
    pytest.param(
        "Kepala Dinas Pangan Kota Bogor Bayu Setiawan, dihubungi kemarin, mengatakan, stok beras aman hingga Lebaran.",
        [("indirect", "stok beras aman hingga Lebaran", "Bayu Setiawan", "Kepala Dinas Pangan Kota Bogor")],
        id="aside-dihubungi"),
    # a given name that is also a word of a place name (Abu Dhabi) stays in the name
    pytest.param(
        "Juru bicara Satgas Kota Jambi Abu Salim mengatakan, 30 pelayat menjalani karantina.",
        [("indirect", "30 pelayat menjalani karantina", "Abu Salim", "Juru bicara Satgas Kota Jambi")],
        id="abu-given-name"),
    pytest.param(
        "Menurut Head of Equity Research at PT Sinar Modal Rina Kartika, pasar saham akan bergerak datar.\n"
        "”Investor sebaiknya menahan diri dulu,” ujarnya.",
        [("indirect", "pasar saham akan bergerak datar", "Rina Kartika", "Head of Equity Research at PT Sinar Modal"),
         ("direct", "Investor sebaiknya menahan diri dulu,", "Rina Kartika", "Head of Equity Research at PT Sinar Modal")],
        id="english-office-with-at-before-name"),
    pytest.param(
        "Menurut Head Of Investment Analysis at PT Dana Lestari Tono Wijaya, calon investor perlu memeriksa izin "
        "lembaga itu.\n”Jangan mudah tergiur imbal hasil tinggi,” ujarnya.",
        [("indirect", "calon investor perlu memeriksa izin lembaga itu", "Tono Wijaya",
          "Head Of Investment Analysis at PT Dana Lestari"),
         ("direct", "Jangan mudah tergiur imbal hasil tinggi,", "Tono Wijaya",
          "Head Of Investment Analysis at PT Dana Lestari")],
        id="english-office-words-are-no-name"),
    pytest.param(
        "Suryo Hadiwijoyo, peneliti di Lembaga Kajian Kota, mengatakan kasus di ibu kota menurun.\n"
        "Data Korvindo untuk pekan lalu mencatat ada 500 kasus baru.\nSemua data itu diperbarui setiap hari.\n"
        "“Kita tetap harus waspada kalau ada keramaian,” katanya.",
        [("indirect", "kasus di ibu kota menurun", "Suryo Hadiwijoyo", "peneliti di Lembaga Kajian Kota"),
         ("indirect", "ada 500 kasus baru", "Data Korvindo untuk pekan", None),
         ("direct", "Kita tetap harus waspada kalau ada keramaian,", "Suryo Hadiwijoyo", "peneliti di Lembaga Kajian Kota")],
        id="clitic-skips-data-subject"),
    pytest.param(
        "Ekonom senior Rizal Pratama mengatakan pemerintah perlu berhati-hati.\n"
        "Kebijakan itu bisa menjadi bumerang bagi pasar.\n"
        "Bumerang Rizal menilai, pelonggaran tidak bisa terlalu cepat.\n“Napas ekonomi harus dijaga,” tuturnya.",
        [("indirect", "pemerintah perlu berhati-hati", "Rizal Pratama", "Ekonom senior"),
         ("indirect", "pelonggaran tidak bisa terlalu cepat", "Rizal Pratama", "Ekonom senior"),
         ("direct", "Napas ekonomi harus dijaga,", "Rizal Pratama", "Ekonom senior")],
        id="subhead-word-glued-to-known-name"),
    # negatives
    pytest.param(
        "Hakim Ketua Bambang Sutrisno membacakan putusan.\n"
        "Putusan MA itu menyebutkan bahwa gugatan penggugat ditolak seluruhnya.",
        [("indirect", "gugatan penggugat ditolak seluruhnya", "Putusan MA", None)],
        id="document-subject-that-speaks-stays-source"),
    pytest.param(
        "“Kami sudah siap,” kata Camat Joko Santoso.\n"
        "Indah Permatasari menikmati pemandangan yang indah di pantai itu.\n“Kami senang sekali bisa datang,” katanya.",
        [("direct", "Kami sudah siap,", "Joko Santoso", "Camat"),
         ("direct", "Kami senang sekali bisa datang,", "Indah Permatasari", None)],
        id="dictionary-given-name-keeps-clitic"),
    pytest.param(
        "“Kami sudah siap,” kata Camat Joko Santoso.\nKeluarga Dewi Anggraini (34) juga tidak bisa mudik tahun ini.\n"
        "Sebagian keluarga lain tetap tinggal di desa.\n“Kami berbagi rezeki dengan tetangga,” katanya.",
        [("direct", "Kami sudah siap,", "Joko Santoso", "Camat"),
         ("direct", "Kami berbagi rezeki dengan tetangga,", "Keluarga Dewi Anggraini", None)],
        id="named-subject-with-age-keeps-clitic"),
    pytest.param(
        "Menurut Prof Mike Hardy dari Universitas Coventry, sistem penilaian itu rahasia.",
        [("indirect", "sistem penilaian itu rahasia", "Mike Hardy", "Universitas Coventry")],
        id="english-words-after-honorific-stay-a-name"),
    pytest.param(
        "Kepala Chief Economist at PT Bank Nusantara Dodi Prasetyo menilai inflasi masih terkendali.",
        [("indirect", "inflasi masih terkendali", "Dodi Prasetyo", "Kepala Chief Economist at PT Bank Nusantara")],
        id="english-office-before-name-unchanged"),
    pytest.param(
        "”Harga tiket naik,” kata Grace Natalie di Jakarta.",
        [("direct", "Harga tiket naik,", "Grace Natalie", None)],
        id="english-given-name-after-cue"),
    pytest.param(
        "Rudi Tinjau Pasar Baru Kota\n“Semua pedagang sudah kami data,” kata Rudi.",
        [("direct", "Semua pedagang sudah kami data,", "Rudi", None)],
        id="short-form-not-from-headline"),
    pytest.param("Dalam kesempatan itu disampaikan bahwa acara berjalan lancar.", [],
                 id="no-dalam-occasion-passive"),
    pytest.param("Budi berpesan kepada para guru yang hadir di aula.", [], id="no-berpesan-without-request"),
    pytest.param("Tonton juga video \"Rendi Beri Bantuan ke Warga Banjir\" di sini.\n“Kami datang membantu,” kata Rendi.",
                 [("direct", "Kami datang membantu,", "Rendi", None)], id="short-form-not-from-video-title"),
    pytest.param(
        "Ketua DPRD Kota Raya meminta maaf serta berjanji meninjau ulang kebijakan tunjangan anggota dewan.",
        [],
        id="neg-meminta-maaf-is-no-request"),
    pytest.param(
        "Ketua RT Budi Santoso meninjau lokasi. Budi juga menjelaskan program bantuan desa untuk mengatasi "
        "masalah tersebut.Selain itu warga diminta tenang.",
        [],
        id="neg-glued-boundary-noun-object-stays-no-quote"),
    pytest.param(
        "Peneliti senior di Center for Strategic and International Studies mengatakan, pencabutan aturan itu terlalu cepat.",
        [("indirect", "pencabutan aturan itu terlalu cepat",
          "Peneliti senior di Center for Strategic and International Studies", None)],
        id="english-body-name-is-no-person",
        marks=pytest.mark.xfail(strict=True, reason="an unnamed titled source after an English body's name yields "
                                "no quote yet (it used to name 'International Studies' as a person)")),
    pytest.param(
        'Dalam bukunya Jalan Menuju Merdeka (1925), Tan Suroso merumuskan visi itu. “Kita harus merdeka penuh dan tidak setengah-setengah,” kata Tan Suroso.',
        [('direct', 'Kita harus merdeka penuh dan tidak setengah-setengah,', 'Tan Suroso', None)],
        id='id-neg-year-bracket-no-role'),
    pytest.param(
        'Budi Hartono, Jumat (10/7/2020), menjelaskan, jalan itu akan ditutup selama dua pekan ke depan.',
        [('indirect', 'jalan itu akan ditutup selama dua pekan ke depan', 'Budi Hartono', None)],
        id='id-neg-date-no-apposition'),
    pytest.param(
        'Kepala Dinas Pendidikan Rina Wati selaku panitia mengatakan, ujian akan digelar secara daring pekan depan.',
        [('indirect', 'ujian akan digelar secara daring pekan depan', 'Rina Wati', 'Kepala Dinas Pendidikan')],
        id='id-neg-selaku-after-title'),
    pytest.param(
        "Perseteruan Budi-Joko kembali memanas bulan lalu.",
        [],
        id="neg-hyphen-pair-no-quote"),
    pytest.param(
        "Gubernur Andi Saputra memuji kinerja petugas. Hal itu disampaikan lewat akun media sosial miliknya.",
        [],
        id="neg-passive-channel-is-no-source"),
    pytest.param(
        "Warga dalam keadaan panik berlarian ke luar rumah.",
        [],
        id="neg-adverbial-without-cue"),
    pytest.param(
        "Pemerintah daerah belum bisa memastikan jumlah korban banjir karena pendataan masih berjalan.",
        [],
        id="neg-negated-cue-is-no-statement"),
    pytest.param(
        "Rapat di Balai Kota, Bupati Tegal Rina Marlina mengatakan, bantuan akan disalurkan pekan depan.",
        [("indirect", "bantuan akan disalurkan pekan depan", "Rina Marlina", "Bupati Tegal")],
        id="place-opener-before-subject-is-no-aside"),
    pytest.param(
        "Bupati Tegal Umi Azizah, Wakil Bupati Sabilillah, dan Kepala Dinas Sosial Rina Marlina mengatakan, bantuan akan disalurkan pekan depan.",
        [("indirect", "bantuan akan disalurkan pekan depan", "Rina Marlina", "Kepala Dinas Sosial")],
        id="list-of-titled-people-is-no-title-list"),
    pytest.param(
        "Di sisi lain, Dodi Kurnia, Kepala Divisi Operasi, IT dan Layanan PT Kawasan Industri Maju (KIM), mengatakan bahwa permintaan lahan terus naik.",
        [("indirect", "permintaan lahan terus naik", "Dodi Kurnia", "Kepala Divisi Operasi, IT dan Layanan PT Kawasan Industri Maju (KIM)")],
        id="title-list-in-apposition-after-the-name"),
    pytest.param(
        "Menteri Sosial Dian Lestari (Bu Dian) meninjau lokasi.\n“Semua bantuan sudah cair,” kata Bu Dian.",
        [("direct", "Semua bantuan sudah cair,", "Dian Lestari", "Menteri Sosial")],
        id="person-bracketed-nickname-still-a-person"),
    pytest.param(
        "“Harga naik terus,” kata tetangga Purnomo di pasar.",
        [("direct", "Harga naik terus,", "Purnomo", "tetangga")],
        id="lower-case-noun-description-kept"),
    pytest.param(
        "Presiden Andi Wirawan dan Menteri Perdagangan, Budi Santosa, hadir.\n“Harga stabil,” kata Budi.",
        [("direct", "Harga stabil,", "Budi Santosa", "Menteri Perdagangan")],
        id="no-coordinated-title-across-persons"),
    pytest.param(
        "Rumah Sakit Umum Pusat (RSUP) Prof Mantra menerima pasien baru.\n"
        "“Kami siap melayani,” kata Direktur RSUP Prof Mantra I Nyoman Suarta.\nDia menegaskan bahwa layanan tetap buka.",
        [("direct", "Kami siap melayani,", "I Nyoman Suarta", "Direktur RSUP Prof Mantra"),
         ("indirect", "layanan tetap buka", "I Nyoman Suarta", "Direktur RSUP Prof Mantra")],
        id="hospital-name-is-no-person"),
    pytest.param("Saat itulah, Joni melihat kesempatan itu dan langsung berlari ke luar rumah.", [], id="weak-cue-object-then-next-act"),
    pytest.param("Anggota Dewan Etik Sari Wulandari membacakan putusan itu di ruang sidang.", [], id="title-name-verb-no-quote"),
    pytest.param(
        "Ketua Koperasi Tani Makmur Andi Wibowo menyatakan dukungan terhadap program pupuk yang digagas pemerintah.",
        [],
        id="neg-menyatakan-dukungan-noun-object"),
    pytest.param(
        "Ketua Koperasi Tani Makmur Andi Wibowo menyatakan dukungan terhadap pakta dagang \"Nusa Raya\", yang mencakup "
        "rencana penjualan kapal bertenaga surya ke Timor pada tahun 2030.",
        [],
        id="neg-menyatakan-dukungan-object-with-comma-relative-clause"),
    pytest.param(
        "Ketua Koperasi Tani Makmur Andi Wibowo menyatakan rencana pembangunan gudang, yang sempat tertunda, akan "
        "dimulai bulan depan.",
        [("indirect", "rencana pembangunan gudang, yang sempat tertunda, akan dimulai bulan depan", "Andi Wibowo",
          "Ketua Koperasi Tani Makmur")],
        id="noun-object-head-with-comma-relative-clause-then-predicate"),
    pytest.param(
        "Bupati Kendal Siti Maryam menyampaikan rasa bangganya dapat hadir dalam pameran itu.",
        [],
        id="neg-rasa-noun-object"),
    pytest.param(
        "Dinas Sosial mengusulkan tambahan anggaran sebesar Rp 3 miliar untuk operasional panti tahun depan.",
        [],
        id="neg-usul-untuk-purpose-noun"),
    pytest.param(
        "Sekretaris Dinas Pendidikan Lina Kartika memaparkan rencana belanja sekolah yang ia susun tahun lalu.",
        [],
        id="neg-memaparkan-rencana-noun-object"),
    pytest.param(
        "Guru honorer Ratna Sari menceritakan saat dulu ia mengajar di pelosok desa.",
        [],
        id="neg-weak-cue-time-clause"),
    pytest.param(
        "Menteri Kesehatan Rina Wulandari menekankan pentingnya vaksinasi bagi anak-anak di desa.",
        [], id="nominal-object-pentingnya-is-no-quote"),
    pytest.param(
        "Ekonom senior Bambang Prasetyo menilai pentingnya kolaborasi antara swasta dan pemerintah daerah.",
        [], id="nominal-object-after-strong-cue"),
    pytest.param(
        "Diskusi bertajuk “Masa Depan Energi Hijau di Desa Kita” digelar di Bandung pada Senin.",
        [], id="title-after-bertajuk-is-no-quote"),
    pytest.param(
        "Para siswa kemudian melanjutkan perjalanan ke Bandung setelah upacara.",
        [], id="melanjutkan-noun-object"),
    pytest.param(
        "Pendiri Yayasan Hijau Lestari, Yasmin Putri, menuturkan perjalanannya dalam mendorong pengelolaan sampah.",
        [], id="menuturkan-noun-object"),
    pytest.param(
        "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) akan mengkaji utang proyek itu. "
        "Danantara menyatakan kajian rampung akhir tahun.",
        [("indirect", "kajian rampung akhir tahun", "Danantara", None)],
        id="agency-short-name-in-brackets-is-no-nickname"),
    pytest.param(
        "Gubernur Jawa Barat Dedi Santosa (Jawa Barat) tiba di Ibu Kota. Dia mengatakan anggaran daerah sudah cukup.",
        [("indirect", "anggaran daerah sudah cukup", "Dedi Santosa", "Gubernur Jawa Barat")],
        id="place-in-brackets-is-no-nickname"),
    pytest.param(
        "Menteri Sosial Rahmat Hidayat (Gus Rahmat) berharap bantuan tepat sasaran.",
        [],
        id="nickname-adds-no-quote"),
    pytest.param("Kementerian Perhubungan menanggapi laporan warga yang mengeluhkan antrean panjang di pelabuhan.", [],
                 id="no-marked-cue-noun-object"),
    pytest.param("Gubernur Ani Suryani menyampaikan apresiasi atas terselenggaranya festival budaya di alun-alun.", [],
                 id="no-apresiasi-atas"),
    pytest.param("Wali Kota Budi Santoso menyinggung upaya pembenahan air bersih di kawasan utara.", [],
                 id="no-menyinggung-upaya"),
    pytest.param("Dokter Rudi Hartawan juga menyoroti bahwa kasus demam berdarah hanya muncul di dua kecamatan.",
                 [("indirect", "kasus demam berdarah hanya muncul di dua kecamatan", "Rudi Hartawan", "Dokter")],
                 id="menyoroti-bahwa"),
    pytest.param("Dokter Rudi Hartawan juga menyoroti lambatnya penanganan pasien di puskesmas.", [],
                 id="no-menyoroti-noun-object"),
    pytest.param("Bupati Lestari Ningsih mengafirmasi program beasiswa sudah berjalan di Sumbawa.",
                 [("indirect", "program beasiswa sudah berjalan di Sumbawa", "Lestari Ningsih", "Bupati")],
                 id="mengafirmasi-clause"),
    pytest.param("Bupati Lestari Ningsih mengafirmasi komitmen daerah terhadap program beasiswa.", [],
                 id="no-mengafirmasi-noun-object"),
    pytest.param("Dilansir detikOto, Saragih sukses membawa timnya menjuarai reli di Sulawesi.",
                 [("indirect", "Saragih sukses membawa timnya menjuarai reli di Sulawesi", "detikOto", None)],
                 id="media-cue-outlet-then-bare-name"),
    pytest.param("Dilansir Bernama, pemerintah Malaysia akan menaikkan tarif listrik tahun depan.",
                 [("indirect", "pemerintah Malaysia akan menaikkan tarif listrik tahun depan", "Bernama", None)],
                 id="media-cue-outlet-no-role-from-clause"),
    pytest.param("Dilansir laman resmi Humas Polda, Brigadir Yosef Lamury sukses membawa timnya menjuarai reli.", [],
                 id="no-media-cue-page-then-subject"),
    pytest.param("Dikutip dari laman resmi Dinas Perhubungan, tarif parkir di pusat kota naik mulai Juli.",
                 [("indirect", "tarif parkir di pusat kota naik mulai Juli", "Dinas Perhubungan", None)],
                 id="media-cue-from-an-official-page-gives-the-page-s-owner"),
    pytest.param("Dilansir dari situs web resmi Badan Meteorologi (BMG), hujan lebat akan turun di pesisir utara.",
                 [("indirect", "hujan lebat akan turun di pesisir utara", "Badan Meteorologi", None)],
                 id="media-cue-source-with-its-bracketed-short-form-then-the-comma"),
    pytest.param("Dilansir Badan Meteorologi (BMG) hujan lebat turun di pesisir utara.", [],
                 id="media-cue-source-with-its-bracketed-short-form-and-no-comma-reports-nothing"),
    pytest.param("Dikutip dari laman resmi Dinas Perhubungan, Kompol Arif Nugroho memulai karier di Sleman.", [],
                 id="media-cue-from-an-official-page-then-a-titled-person-is-a-profile-no-report"),
    pytest.param("Dilansir Kyodo, Hiroshi Tanaka mengatakan pemerintah akan menaikkan tarif listrik tahun depan.",
                 [("indirect", "pemerintah akan menaikkan tarif listrik tahun depan", "Hiroshi Tanaka", None)],
                 id="media-cue-outlet-no-role-of-named-subject"),
    pytest.param("Dilansir Kyodo, pemerintah Jepang mengatakan tarif listrik akan naik tahun depan.",
                 [("indirect", "tarif listrik akan naik tahun depan", "pemerintah Jepang", None)],
                 id="media-cue-outlet-then-described-subject"),
    pytest.param("Kepala Dinas Pertanian, Hiroshi Tanaka mengatakan pemerintah akan menaikkan tarif listrik tahun depan.",
                 [("indirect", "pemerintah akan menaikkan tarif listrik tahun depan", "Hiroshi Tanaka",
                   "Kepala Dinas Pertanian")],
                 id="title-before-comma-still-role"),
    pytest.param("Dikutip dari Antara, Saragih sukses membawa timnya menjuarai reli di Sulawesi.",
                 [("indirect", "Saragih sukses membawa timnya menjuarai reli di Sulawesi", "Antara", None)],
                 id="media-cue-dari-outlet-common-word"),
    pytest.param("Dilansir Antara, Saragih sukses membawa timnya menjuarai reli di Sulawesi.",
                 [("indirect", "Saragih sukses membawa timnya menjuarai reli di Sulawesi", "Antara", None)],
                 id="media-cue-outlet-common-word"),
    pytest.param("Dilansir antara lain, Saragih sukses membawa timnya menjuarai reli di Sulawesi.", [],
                 id="no-media-cue-lower-common-word"),
    pytest.param("Suporter menyambut manajer Persikota Jorge Almeida di bandara. “Kami datang untuk menang,” kata Jorge Almeida.",
                 [("direct", "Kami datang untuk menang,", "Jorge Almeida", "manajer Persikota")],
                 id="lower-title-body-name-settled"),
    pytest.param("Suporter menyambut Persikota Jorge Almeida di bandara. “Kami datang untuk menang,” kata Jorge Almeida.",
                 [("direct", "Kami datang untuk menang,", "Jorge Almeida", "Persikota")],
                 id="no-lower-title-before-body-name"),
    pytest.param("Lulus dengan nilai terbaik di kampusnya, bagi Sinta merupakan pencapaian yang luar biasa.",
                 [("indirect", "Lulus dengan nilai terbaik di kampusnya, bagi Sinta merupakan pencapaian yang luar biasa",
                   "Sinta", None)],
                 id="bagi-inside-sentence-predicate-follows"),
    pytest.param("Langkah pemerintah itu, menurut Budi Santoso merupakan langkah yang tepat untuk warga.",
                 [("indirect", "Langkah pemerintah itu, menurut Budi Santoso merupakan langkah yang tepat untuk warga",
                   "Budi Santoso", None)],
                 id="menurut-inside-sentence-no-comma-after-source"),
    pytest.param("Program itu berhasil menurunkan angka kemiskinan di desa tersebut, menurut Budi Santoso saat dihubungi.",
                 [("indirect", "Program itu berhasil menurunkan angka kemiskinan di desa tersebut", "Budi Santoso", None)],
                 id="menurut-at-end-setting-after-source"),
    pytest.param("Pemerintah federal Kanada telah ditutup selama tiga pekan di tengah kebuntuan anggaran, dilansir Reuters.",
                 [("indirect", "Pemerintah federal Kanada telah ditutup selama tiga pekan di tengah kebuntuan anggaran",
                   "Reuters", None)],
                 id="media-cue-after-clause-comma"),
    pytest.param("Sementara itu, harga gandum dunia naik dua kali lipat sejak Maret, dikutip dari Bloomberg, Senin (4/3).",
                 [("indirect", "harga gandum dunia naik dua kali lipat sejak Maret", "Bloomberg", None)],
                 id="media-cue-after-clause-past-opener"),
    pytest.param("“Semua sudah jelas,” kata Hendra Wijaya, Kamis (7/3), dilansir dari detikNews.",
                 [("direct", "Semua sudah jelas,", "Hendra Wijaya", None)],
                 id="no-media-cue-after-quote-with-own-cue"),
    pytest.param("Profesor Lindqvist, dalam bukunya yang terbaru, mengutip Mahatma Gandhi tentang perdamaian dunia.", [],
                 id="no-media-cue-active-mengutip"),
    pytest.param("Hendra Wijaya mengatakan pemerintah akan menaikkan tarif tol tahun depan, dilansir dari detikOto, Senin (3/6).",
                 [("indirect", "pemerintah akan menaikkan tarif tol tahun depan", "Hendra Wijaya", None)],
                 id="report-ends-before-relaying-outlet"),
    pytest.param("Hendra Wijaya mengatakan pemerintah akan menaikkan tarif tol dan tarif kereta tahun depan.",
                 [("indirect", "pemerintah akan menaikkan tarif tol dan tarif kereta tahun depan", "Hendra Wijaya", None)],
                 id="report-runs-to-sentence-end-without-outlet"),
    pytest.param("Dilansir Kyodo, Hiroshi Tanaka mengatakan timnya siap.", [],
                 id="no-media-cue-over-named-speakers-own-cue"),
    pytest.param("Jenderal Ahmad Rashid tiba di Kabul pada Senin. Dilansir AFP, ia mengatakan pasukannya akan mundur pekan depan.",
                 [("indirect", "pasukannya akan mundur pekan depan", "Ahmad Rashid", None)],
                 id="media-cue-then-pronoun-speaker"),
    pytest.param("Dilansir Kyodo, Hiroshi Tanaka sukses membawa timnya menjuarai liga musim lalu.",
                 [("indirect", "Hiroshi Tanaka sukses membawa timnya menjuarai liga musim lalu", "Kyodo", None)],
                 id="media-cue-name-without-own-cue"),
    pytest.param("Kapolsek Hendra Wijaya mengatakan setelah mencuri sepeda motor itu, Darto sempat bersembunyi di kebun.",
                 [("indirect", "setelah mencuri sepeda motor itu, Darto sempat bersembunyi di kebun", "Hendra Wijaya",
                   "Kapolsek")],
                 id="act-before-comma-is-the-story"),
    pytest.param("Kapolsek Hendra Wijaya mengatakan setelah ditemui di kantornya, pihaknya akan memeriksa saksi.",
                 [("indirect", "pihaknya akan memeriksa saksi", "Hendra Wijaya", "Kapolsek")],
                 id="no-act-when-met-is-the-setting"),
    pytest.param("Kapolsek Hendra Wijaya mengatakan usai menghadiri rapat di balai desa, pihaknya akan memeriksa saksi.",
                 [("indirect", "pihaknya akan memeriksa saksi", "Hendra Wijaya", "Kapolsek")],
                 id="no-act-usai-is-the-setting"),
    pytest.param("Pelatih baru Arema, Rolando Vieira, tiba di Malang. Vieira mengatakan timnya siap bertanding.",
                 [("indirect", "timnya siap bertanding", "Rolando Vieira", "Pelatih baru Arema")],
                 id="title-adjective-body-comma-name"),
    pytest.param("Yusuf Rahim kini ditunjuk sebagai asisten pelatih baru Arema, Rolando Vieira. "
                 "Vieira mengatakan timnya siap bertanding.",
                 [("indirect", "timnya siap bertanding", "Rolando Vieira", "pelatih baru Arema")],
                 id="sebagai-deputy-of-title-holder"),
    pytest.param("Wakil pelatih baru Arema, Rolando Vieira, tiba di Malang. Vieira mengatakan timnya siap bertanding.",
                 [("indirect", "timnya siap bertanding", "Rolando Vieira", "Wakil pelatih baru Arema")],
                 id="no-deputy-strip-without-sebagai"),
    pytest.param("Yusuf Rahim mengunjungi rumah baru Arema, Rolando Vieira. Vieira mengatakan timnya siap bertanding.",
                 [("indirect", "timnya siap bertanding", "Rolando Vieira", None)],
                 id="no-title-before-body-comma-name"),
    pytest.param("Ketua DPRD Joko Purnomo mempertanyakan keabsahan dokumen lelang tersebut.", [],
                 id="no-mempertanyakan-object"),
    pytest.param("Bupati Hendra Gunawan menegaskan pentingnya pengawasan ketat terhadap dapur umum yang baru beroperasi.",
                 [], id="no-pentingnya-relative-verb"),
    pytest.param("Kapolres Rina Marlina membenarkan adanya laporan berupa satu unit mobil yang hilang.", [],
                 id="no-adanya-object-lookalike"),
    pytest.param(
        "Kepala Dinas Perhubungan Budi Hartawan menjelaskan, semua bus harus singgah di terminal sebelum berangkat.\n"
        "Di Kampung Melayu, Sekretaris Dinas Rina Marlina memeriksa dokumen penumpang.\n"
        "“Penumpang tanpa surat akan kami pulangkan,” katanya.",
        [("indirect", "semua bus harus singgah di terminal sebelum berangkat", "Budi Hartawan", "Kepala Dinas Perhubungan"),
         ("direct", "Penumpang tanpa surat akan kami pulangkan,", "Rina Marlina", "Sekretaris Dinas")],
        id="subject-after-opening-place-phrase-still-counts"),
    pytest.param(
        "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki) Joko Suryanto mengatakan, harga kopi naik sejak Januari.\n"
        "Joko memperkirakan panen tahun ini turun hingga sepertiga.",
        [("indirect", "harga kopi naik sejak Januari", "Joko Suryanto",
          "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki)"),
         ("indirect", "panen tahun ini turun hingga sepertiga", "Joko Suryanto",
          "Ketua Umum Perhimpunan Petani Kopi Indonesia (Perpeki)")],
        id="short-name-of-person-is-not-the-bracketed-organisation"),
    pytest.param(
        "Manajer Hotel Anggrek Putri Handayani mengatakan, tamu wajib membawa hasil tes.\n"
        "“Kami tidak menerima tamu tanpa surat,” ujarnya.",
        [("indirect", "tamu wajib membawa hasil tes", "Putri Handayani", "Manajer Hotel Anggrek"),
         ("direct", "Kami tidak menerima tamu tanpa surat,", "Putri Handayani", "Manajer Hotel Anggrek")],
        id="head-before-organisation-name-keeps-taking-it"),
    pytest.param(
        "Dosen Teknik Sipil Universitas Harapan Bangsa Budi Santoso mengatakan, jembatan itu perlu diperiksa ulang.\n"
        "“Retaknya sudah terlalu lebar,” kata Budi.",
        [("indirect", "jembatan itu perlu diperiksa ulang", "Budi Santoso", "Dosen Teknik Sipil Universitas Harapan Bangsa"),
         ("direct", "Retaknya sudah terlalu lebar,", "Budi Santoso", "Dosen Teknik Sipil Universitas Harapan Bangsa")],
        id="indonesian-head-is-followed-by-its-name"),
    pytest.param(
        "Direktur Riset dan Pengembangan Budi Santoso mengatakan, produk baru akan diluncurkan tahun depan.\n"
        "“Kami sudah menguji purwarupanya,” ujarnya.",
        [("indirect", "produk baru akan diluncurkan tahun depan", "Budi Santoso", "Direktur Riset dan Pengembangan"),
         ("direct", "Kami sudah menguji purwarupanya,", "Budi Santoso", "Direktur Riset dan Pengembangan")],
        id="joining-word-inside-title-takes-no-name-word"),
    pytest.param("Film “Squid Game” tayang lagi bulan ini di banyak negara.", [], id="no-title-in-marks"),
    pytest.param("Pemerintah dilaporkan meminta bantuan negara lain untuk mengatasi krisis.", [],
                 id="no-sourceless-report"),
    pytest.param("Pemerintah dilaporkan meminta bantuan negara lain untuk mengatasi krisis ekonomi yang kian berat.", [],
                 id="no-sourceless-report-before-a-long-request"),
    pytest.param(
        "Budi Santoso meminta warga untuk segera mengungsi ke tempat yang lebih aman.",
        [("indirect", "warga untuk segera mengungsi ke tempat yang lebih aman", "Budi Santoso", None)],
        id="request-span-starts-at-its-addressee"),
    pytest.param(
        "Budi Santoso meminta agar warga segera mengungsi ke tempat yang lebih aman.",
        [("indirect", "warga segera mengungsi ke tempat yang lebih aman", "Budi Santoso", None)],
        id="request-span-starts-after-agar"),
    pytest.param(
        "Massa buruh di Sukamaju menggelar aksi di depan kantor bupati. Mereka mengatakan polisi harus mengusut "
        "kasus pemukulan itu.",
        [("indirect", "polisi harus mengusut kasus pemukulan itu", "Massa buruh di Sukamaju", None)],
        id="mereka-is-the-group-a-sentence-before-opens-with"),
    pytest.param(
        "Massa buruh di Sukamaju menggelar aksi. Budi dan Ani ikut hadir. Mereka mengatakan polisi harus mengusut "
        "kasus pemukulan itu.",
        [],
        id="mereka-after-two-people-named-is-not-the-earlier-group"),
    pytest.param("Warga berharap jalan itu segera diperbaiki oleh pemerintah daerah.", [], id="no-unvoiced-hope"),
    pytest.param("SCROLL TO CONTINUE WITH CONTENT\nBaca juga: “Harga cabai naik lagi,” kata pedagang", [],
                 id="no-boilerplate"),
    pytest.param("Ia menekankan pentingnya kerja sama.", [], id="no-noun-object"),
    pytest.param(
        "“Semua berkas sudah kami periksa,” kata Sekretaris Jenderal Rahmat Hidayat di Bandung.",
        [("direct", "Semua berkas sudah kami periksa,", "Rahmat Hidayat", "Sekretaris Jenderal")],
        id="rank-compound-office-keeps-its-rank-word"),
    pytest.param(
        "Direktur Jenderal Perikanan Sri Wulandari mengatakan kuota tangkapan akan ditambah.",
        [("indirect", "kuota tangkapan akan ditambah", "Sri Wulandari", "Direktur Jenderal Perikanan")],
        id="rank-compound-office-takes-its-field"),
    pytest.param(
        "“Pelaku sudah kami tangkap,” kata Kapolres Indragiri Inspektur Jenderal Bambang Sutrisno.",
        [("direct", "Pelaku sudah kami tangkap,", "Bambang Sutrisno", "Kapolres Indragiri")],
        id="no-rank-compound-for-a-police-rank"),
    pytest.param(
        "Dirjen Pajak Lukman Nurdin mengatakan target penerimaan akan tercapai.",
        [("indirect", "target penerimaan akan tercapai", "Lukman Nurdin", "Dirjen Pajak")],
        id="dirjen-is-a-title"),
    pytest.param(
        "Polda Tirta Jaya mengimbau warga melapor lewat nomor darurat. “Layanan ini gratis,” kata Kombes Heru Wibowo.",
        [("indirect", "warga melapor lewat nomor darurat", "Polda Tirta Jaya", None),
         ("direct", "Layanan ini gratis,", "Heru Wibowo", None)],
        id="police-command-is-no-titled-person"),
    pytest.param(
        "“Pelaku sudah kami tangkap,” kata Kapolda Sungai Raya Irjen Bambang Sutrisno.",
        [("direct", "Pelaku sudah kami tangkap,", "Bambang Sutrisno", "Kapolda Sungai Raya")],
        id="no-body-for-a-titled-commander"),
    pytest.param(
        "“Berkas perkara sudah lengkap,” kata Ditjen Imigrasi dalam keterangannya.",
        [("direct", "Berkas perkara sudah lengkap,", "Ditjen Imigrasi", None)],
        id="directorate-general-is-a-body"),
    pytest.param(
        "Budi Santoso menjelaskan setiap kader wajib ikut kaderisasi. Sedangkan Rudi, kata dia, tidak menempuh proses itu.",
        [("indirect", "setiap kader wajib ikut kaderisasi", "Budi Santoso", None),
         ("indirect", "Rudi, kata dia, tidak menempuh proses itu", "Budi Santoso", None)],
        id="mid-cue-span-starts-at-subject-after-connective"),
    pytest.param(
        "Budi Santoso hadir di rapat. Namun, kata dia, yang perlu diperhatikan ialah harga pangan.",
        [("indirect", "yang perlu diperhatikan ialah harga pangan", "Budi Santoso", None)],
        id="mid-cue-after-bare-connective-starts-after-cue"),
    pytest.param(
        "Budi Santoso hadir di rapat. Sedangkan soal harga, kata dia, pemerintah akan turun tangan.",
        [("indirect", "Sedangkan soal harga, kata dia, pemerintah akan turun tangan", "Budi Santoso", None)],
        id="mid-cue-after-connective-and-topic-keeps-whole-sentence"),
    pytest.param(
        "Dedi Kurniawan meninjau pasar ikan. Di sisi lain, lanjut Dedi, pedagang juga terus menjaga kebersihan los.",
        [("indirect", "pedagang juga terus menjaga kebersihan los", "Dedi Kurniawan", None)],
        id="mid-cue-after-connective-of-three-words-starts-after-cue"),
    pytest.param(
        "Dedi Kurniawan meninjau pasar ikan. Oleh karena itu, kata dia, retribusi akan dihapus tahun depan.",
        [("indirect", "retribusi akan dihapus tahun depan", "Dedi Kurniawan", None)],
        id="mid-cue-after-oleh-karena-itu-starts-after-cue"),
    pytest.param(
        "Dedi Kurniawan meninjau pasar ikan. Dalam waktu dekat, kata dia, los baru akan dibuka untuk pedagang.",
        [("indirect", "Dalam waktu dekat, kata dia, los baru akan dibuka untuk pedagang", "Dedi Kurniawan", None)],
        id="mid-cue-after-time-adverbial-of-three-words-keeps-whole-sentence"),
    pytest.param(
        "Oleh karena itu, kata pakar gizi Universitas Tanjungpura, Hendra Wijaya, di Pontianak, Selasa (3/4/2022), "
        "pemerintah kota perlu menambah posyandu.",
        [("indirect", "pemerintah kota perlu menambah posyandu", "Hendra Wijaya", "pakar gizi Universitas Tanjungpura")],
        id="mid-cue-after-connective-skips-place-and-day-of-telling"),
    pytest.param(
        "Hendra Wijaya meninjau posyandu. Oleh karena itu, kata Hendra, di Pontianak, sekolah baru akan dibangun tahun depan.",
        [("indirect", "di Pontianak, sekolah baru akan dibangun tahun depan", "Hendra Wijaya", None)],
        id="mid-cue-after-connective-keeps-place-without-day"),
    pytest.param(
        "Rina Wulandari meninjau puskesmas itu. Puskesmas Kota, dia melanjutkan, berupaya menyediakan ruang rawat yang "
        "aman bagi pasien.",
        [("indirect", "Puskesmas Kota, dia melanjutkan, berupaya menyediakan ruang rawat yang aman bagi pasien",
          "Rina Wulandari", None)],
        id="interrupting-pronoun-and-cue-after-subject-whole-sentence"),
    pytest.param(
        "Rina Wulandari meninjau puskesmas itu. Gedung rawat inap, ia juga menambahkan, akan dibuka bulan depan.",
        [("indirect", "Gedung rawat inap, ia juga menambahkan, akan dibuka bulan depan", "Rina Wulandari", None)],
        id="interrupting-pronoun-and-cue-before-predicate-whole-sentence"),
    pytest.param(
        "Rina Wulandari meninjau puskesmas itu. Selain itu, dia melanjutkan, puskesmas berupaya menambah ruang rawat.",
        [("indirect", "puskesmas berupaya menambah ruang rawat", "Rina Wulandari", None)],
        id="interrupting-pronoun-and-cue-after-connective-clause-after-cue"),
    pytest.param(
        "Rina Wulandari meninjau puskesmas itu. Pada tahun depan, dia mengatakan, akan dibuka ruang rawat.",
        [("indirect", "akan dibuka ruang rawat", "Rina Wulandari", None)],
        id="interrupting-pronoun-and-cue-after-adverbial-clause-after-cue"),
    pytest.param(
        "Rina Wulandari menambahkan, pihaknya mencatat, terjadi 35 kasus baru di desa itu.",
        [("indirect", "pihaknya mencatat, terjadi 35 kasus baru di desa itu", "Rina Wulandari", None)],
        id="pronoun-cue-after-another-cue-is-no-interruption"),
    pytest.param(
        "Polisi menyebut perundungan terjadi sejak awal bulan.\nRA meninggal dunia pada Senin lalu. Sebelum meninggal, "
        "dia sempat dirawat di Rumah Sakit Harapan Garut. Kepada ibunya, dia mengaku pusing setelah didorong temannya.",
        [("indirect", "perundungan terjadi sejak awal bulan", "Polisi", None),
         ("indirect", "pusing setelah didorong temannya", "RA", None)],
        id="dia-after-body-speaker-is-the-paragraphs-named-subject"),
    pytest.param(
        "Polisi menyebut perundungan terjadi sejak awal bulan.\nPemerintah Kabupaten Garut menutup sekolah itu. "
        "Kepada wartawan, dia mengaku pusing setelah didorong temannya.",
        [("indirect", "perundungan terjadi sejak awal bulan", "Polisi", None),
         ("indirect", "pusing setelah didorong temannya", None, None)],
        id="dia-after-body-speaker-no-named-person-in-paragraph"),
    pytest.param(
        "Kasus perundungan masih kerap terjadi di dunia pendidikan Tanah Air. Pelakunya sesama pelajar.\n"
        "Polisi menyebut perundungan terjadi sejak awal bulan.\n"
        "TA meninggal dunia pada Senin lalu. Kepada ibunya, dia mengaku pusing setelah didorong temannya.",
        [("indirect", "perundungan terjadi sejak awal bulan", "Polisi", None),
         ("indirect", "pusing setelah didorong temannya", "TA", None)],
        id="initials-are-not-spelled-out-as-common-words"),
    pytest.param(
        "“Kami berduka,” ujar Khairul Anwar, juru bicara kementerian. Kemdiktisaintek mendorong kampus agar "
        "membentuk satgas. “Satgas wajib dibentuk,” ucapnya.",
        [("direct", "Kami berduka,", "Khairul Anwar", "juru bicara kementerian"),
         ("indirect", "kampus agar membentuk satgas", "Kemdiktisaintek", None),
         ("direct", "Satgas wajib dibentuk,", "Khairul Anwar", "juru bicara kementerian")],
        id="kemdik-short-name-is-a-ministry-not-the-clitics-person"),
    pytest.param(
        "“Kami siap,” kata Kemal Yilmaz, pelatih tim tamu. “Anak-anak sudah berlatih keras,” ucapnya.",
        [("direct", "Kami siap,", "Kemal Yilmaz", "pelatih tim tamu"),
         ("direct", "Anak-anak sudah berlatih keras,", "Kemal Yilmaz", "pelatih tim tamu")],
        id="a-given-name-opening-with-kem-is-still-a-person"),
    pytest.param(
        "Massa berkumpul di depan kantor bupati. Menurut orator, negara harus menjamin pendidikan bagi warganya.",
        [("indirect", "negara harus menjamin pendidikan bagi warganya", "orator", None)],
        id="menurut-orator-is-a-described-source"),
    pytest.param(
        "Massa berkumpul di depan kantor bupati. Menurut jadwal, orator akan berbicara pukul sepuluh.",
        [],
        id="orator-after-menurut-jadwal-is-no-source"),
    pytest.param(
        "Program itu berjalan baik. Menurut data terbaru, sebanyak 500 ribu warga telah menerima bantuan.",
        [], id="according-to-unowned-data-is-no-source"),
    pytest.param(
        "Menurut data Kementerian Sosial, sebanyak 500 ribu warga telah menerima bantuan.",
        [("indirect", "sebanyak 500 ribu warga telah menerima bantuan", "Kementerian Sosial", None)],
        id="according-to-owned-data-is-a-source"),
    pytest.param(
        "Rencana Pemkot Sukamaju menggusur pedagang pun menuai protes warga.",
        [], id="plan-noun-subject-is-no-source"),
    pytest.param(
        "Konten di TikTok lebih menekankan hiburan, sementara Facebook lebih formal.",
        [], id="content-noun-subject-is-no-source"),
    pytest.param(
        "Konten kreator Rina Wulandari mengatakan bahwa pendapatannya turun tahun ini.",
        [("indirect", "pendapatannya turun tahun ini", "Rina Wulandari", "Konten kreator")],
        id="content-noun-in-a-title-before-a-name-still-a-person"),
    pytest.param(
        "Budi Hartawan mendirikan partai itu pada 1950. Semboyannya tegas, \"Maju terus pantang mundur.\"",
        [("direct", "Maju terus pantang mundur.", "Budi Hartawan", None)],
        id="motto-with-clitic-is-its-owners"),
    pytest.param(
        "Ia menulis buku berjudul \"Kanalog\" di penjara. Kanalog mengajak pembaca berpikir rasional, "
        "agar mampu membangun kesadaran yang kritis.",
        [], id="titled-book-is-no-speaker"),
    pytest.param(
        "Ia menulis buku berjudul \"Jalan Pulang\". Rudi Hartono mengatakan buku itu laku keras tahun ini.",
        [("indirect", "buku itu laku keras tahun ini", "Rudi Hartono", None)],
        id="titled-book-leaves-other-names-alone"),
    pytest.param(
        "Sebuah mobil Toyota Kijang menghalangi jalan di Bogor.\n"
        "\"Kalau mau viral, jangan begitu caranya,\" ujar pengemudi Kijang dalam video.",
        [("direct", "Kalau mau viral, jangan begitu caranya,", "pengemudi Kijang", "pengemudi")],
        id="driver-of-a-named-car-is-a-description"),
    pytest.param(
        "Sebuah mobil Toyota Kijang melintas. Kepala Dinas Perhubungan Rudi Hartono mengatakan jalan itu akan ditutup.",
        [("indirect", "jalan itu akan ditutup", "Rudi Hartono", "Kepala Dinas Perhubungan")],
        id="car-model-leaves-titled-person-alone"),
    pytest.param(
        "Kendati demikian, komite Hadiah Kalpataru mengungkap ada 200 kandidat yang dinominasikan tahun ini.",
        [("indirect", "ada 200 kandidat yang dinominasikan tahun ini", "komite Hadiah Kalpataru", None)],
        id="lower-case-body-noun-and-name-is-an-organisation"),
    pytest.param(
        "Ketua komite Hadiah Sastra Asia Budi Santoso mengatakan ada 200 kandidat tahun ini.",
        [("indirect", "ada 200 kandidat tahun ini", "Budi Santoso", "Ketua komite Hadiah Sastra Asia")],
        id="titled-person-of-a-lower-case-body"),
    pytest.param(
        "Secara terpisah, Imam Besar Masjid Al Ikhlas Budi Santoso menuturkan masih mengikuti perkembangan. "
        "”Kami paham,” ujar Budi.",
        [("indirect", "masih mengikuti perkembangan", "Budi Santoso", "Imam Besar Masjid Al Ikhlas"),
         ("direct", "Kami paham,", "Budi Santoso", "Imam Besar Masjid Al Ikhlas")],
        id="imam-besar-keeps-its-head-noun"),
    pytest.param(
        "Menpora Imam Santoso memaklumi respons warga. ”Kami paham,” ujar Imam.",
        [("direct", "Kami paham,", "Imam Santoso", "Menpora")],
        id="imam-as-given-name-stays-a-name"),
    pytest.param(
        "Direktur Eksekutif Center of Reform on Trade (Cort) Indonesia Budi Santoso, Minggu (3/5/2020), "
        "menyampaikan, pemerintah kurang mengantisipasi ancaman. Padahal, riset menunjukkan hal lain.\n"
        "”Program ini masih sangat terbatas,” katanya.",
        [("direct", "Program ini masih sangat terbatas,", "Budi Santoso",
          "Direktur Eksekutif Center of Reform on Trade (Cort) Indonesia")],
        id="direktur-eksekutif-english-body-with-on"),
    pytest.param(
        "Direktur Institute for Research on Economics and Finance Dewi Lestari menyampaikan, harga naik. "
        "”Harga naik,” ucapnya.",
        [("direct", "Harga naik,", "Dewi Lestari", "Direktur Institute for Research on Economics and Finance")],
        id="english-body-ending-and-word-before-name"),
    pytest.param(
        "Wali Kota sekaligus Ketua Satgas Covid-19 Budi Santoso mengatakan, air naik. ”Air naik,” kata Budi.",
        [("direct", "Air naik,", "Budi Santoso", "Ketua Satgas Covid-19")],
        id="two-offices-sekaligus-nearest-kept"),
    pytest.param(
        "Kepala BPBD yang juga Ketua Satgas Covid-19 Budi Santoso, saat dihubungi, Senin (7/12/2020), "
        "mengatakan, air naik. ”Air naik,” kata Budi.",
        [("direct", "Air naik,", "Budi Santoso", "Ketua Satgas Covid-19")],
        id="two-offices-yang-juga-nearest-kept"),
    pytest.param(
        "Pengamat transportasi dan Direktur Eksekutif Lembaga Studi Jalan Budi Santoso mengatakan, air naik. "
        "”Air naik,” kata Budi.",
        [("direct", "Air naik,", "Budi Santoso", "Direktur Eksekutif Lembaga Studi Jalan")],
        id="two-offices-dan-nearest-kept"),
    pytest.param(
        "Kepala Bagian Hukum dan Humas Budi Santoso mengatakan, air naik. ”Air naik,” kata Budi.",
        [("direct", "Air naik,", "Budi Santoso", "Kepala Bagian Hukum dan Humas")],
        id="fields-joined-by-dan-one-office"),
    pytest.param(
        "Menteri Pemuda dan Olahraga Budi Santoso mengatakan, air naik. ”Air naik,” kata Budi.",
        [("direct", "Air naik,", "Budi Santoso", "Menteri Pemuda dan Olahraga")],
        id="ministry-fields-joined-by-dan-one-office"),
    pytest.param(
        "Humas RS Darurat Sukamaju Letnan Kolonel Laut dokter gigi Budi Santoso menambahkan, ICU sudah penuh. "
        "”Kami siap,” kata Budi.",
        [("indirect", "ICU sudah penuh", "Budi Santoso", "Humas RS Darurat Sukamaju"),
         ("direct", "Kami siap,", "Budi Santoso", "Humas RS Darurat Sukamaju")],
        id="rank-service-and-profession-before-name-no-role"),
    pytest.param(
        "Penandatanganan disaksikan Kalla dan Kepala Lembaga Riset Nusantara Prof Budi Santoso serta jajaran PMI. "
        "”Kami siap,” kata Budi Santoso. ”Kami siap lagi,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso", "Kepala Lembaga Riset Nusantara"),
         ("direct", "Kami siap lagi,", "Budi Santoso", "Kepala Lembaga Riset Nusantara")],
        id="honorific-before-name-no-role"),
    pytest.param(
        "Komandan Pangkalan Angkatan Laut Budi Santoso mengatakan, kapal siap. ”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso", "Komandan Pangkalan Angkatan Laut")],
        id="service-word-in-a-body-name-kept"),
    pytest.param(
        "Guru Besar Budi Santoso mengatakan, kapal siap. ”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso", "Guru Besar")],
        id="guru-besar-is-a-title-not-a-rank"),
    pytest.param(
        "Camat Sukamaju Rudi Hartono mengatakan, jalan rusak. ”Kami perbaiki,” kata Rudi.",
        [("direct", "Kami perbaiki,", "Rudi Hartono", "Camat Sukamaju")],
        id="office-over-a-place-takes-the-place"),
    pytest.param(
        "Camat Sukamaju Rudi Hartono mengatakan, jalan rusak. ”Kami perbaiki,” kata Rudi. "
        "”Kami cepat,” kata Camat Sukamaju.",
        [("direct", "Kami perbaiki,", "Rudi Hartono", "Camat Sukamaju"),
         ("direct", "Kami cepat,", "Rudi Hartono", "Camat Sukamaju")],
        id="office-over-a-place-names-its-holder"),
    pytest.param(
        "Gubernur Wahyuni Sri Lestari mengatakan, jalan rusak. ”Kami perbaiki,” kata Wahyuni.",
        [("direct", "Kami perbaiki,", "Wahyuni Sri Lestari", "Gubernur")],
        id="office-over-a-place-then-name-called-by-first-word"),
    pytest.param(
        "Bupati Abdullah Rudi Hartono mengatakan, jalan rusak. ”Kami perbaiki,” kata Rudi.",
        [("direct", "Kami perbaiki,", "Abdullah Rudi Hartono", "Bupati")],
        id="office-over-a-place-then-name-opener-kept"),
    pytest.param(
        "Hadir dalam rapat ini, antara lain, Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan "
        "Sutarjo Wiryanto, Menteri Pemuda dan Olahraga Budi Santoso, serta Wakil Gubernur Papua Rudi Hartono. "
        "”Kami siap,” tutur Budi.",
        [("direct", "Kami siap,", "Budi Santoso", "Menteri Pemuda dan Olahraga")],
        id="joined-title-in-a-list-after-another-person"),
    pytest.param(
        "Hadir dalam rapat ini Menteri Kesehatan Sutarjo Wiryanto, Kepala Badan Pengawas Obat dan Makanan "
        "Penny Wiratmi, dan Koordinator Uji Klinis Rudi Hartono. ”Kami siap,” kata Penny.",
        [("direct", "Kami siap,", "Penny Wiratmi", "Kepala Badan Pengawas Obat dan Makanan")],
        id="joined-title-second-in-a-list"),
    pytest.param(
        "Panelis lain adalah Menteri Sosial Sutarjo Wiryanto, Gubernur Banten Rudi Hartono, dan pakar epidemiologi "
        "Fakultas Kesehatan Masyarakat Universitas Merdeka, Budi Santoso. ”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso",
          "pakar epidemiologi Fakultas Kesehatan Masyarakat Universitas Merdeka")],
        id="lower-case-title-and-field-as-last-list-item"),
    pytest.param(
        "Pengajar hukum tata negara dan administrasi negara Universitas Merdeka (UM), Budi Santoso, saat dihubungi, "
        "Jumat (5/2/2021), mengatakan, kasus ini rumit. ”Kami siap,” kata Budi.",
        [("indirect", "kasus ini rumit", "Budi Santoso",
          "Pengajar hukum tata negara dan administrasi negara Universitas Merdeka (UM)"),
         ("direct", "Kami siap,", "Budi Santoso",
          "Pengajar hukum tata negara dan administrasi negara Universitas Merdeka (UM)")],
        id="lower-case-fields-joined-by-dan-before-body"),
    pytest.param(
        "Peneliti bidang industri, perdagangan, dan investasi Institute for Research on Economics and Finance (Iref), "
        "Budi Santoso, yang dihubungi, Rabu (3/6/2020), berpendapat, industri mendesak. ”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso",
          "Peneliti bidang industri, perdagangan, dan investasi Institute for Research on Economics and Finance (Iref)")],
        id="lower-case-field-list-before-english-body"),
    pytest.param(
        "Kemarin Budi bertemu pengajar sejarah Universitas Merdeka, Rudi Hartono, di kampus. ”Kami siap,” kata Rudi.",
        [("direct", "Kami siap,", "Rudi Hartono", "Universitas Merdeka")],
        id="title-inside-a-clause-not-a-role-lead"),
    pytest.param(
        "Pada waktu yang berbeda, Camat Kali Merah, Jakarta Pusat, Budi Santoso mengungkapkan akan memulai "
        "kembali razia. ”Kami siap,” ujarnya.",
        [("indirect", "akan memulai kembali razia", "Budi Santoso", "Camat Kali Merah, Jakarta Pusat"),
         ("direct", "Kami siap,", "Budi Santoso", "Camat Kali Merah, Jakarta Pusat")],
        id="title-then-its-region-set-off-then-name"),
    pytest.param(
        "Pengajar Fakultas Hukum Universitas Merdeka, Samarinda, Budi Santoso, berpandangan berbeda. "
        "”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso", "Pengajar Fakultas Hukum Universitas Merdeka")],
        id="title-then-university-city-set-off-then-name"),
    pytest.param(
        "Hadir pula Direktur PT Maju Jaya, Suharno, Budi Santoso, dan Rina Wulandari. ”Kami siap,” kata Budi.",
        [("direct", "Kami siap,", "Budi Santoso", None)],
        id="one-word-name-in-a-list-is-no-place"),
    pytest.param(
        "Pakar hukum pidana dari Universitas Merdeka (UM), Mudzakir, mengecam tindakan polisi itu. "
        "”Kami kecewa,” kata Mudzakir.",
        [("direct", "Kami kecewa,", "Mudzakir", "Pakar hukum pidana dari Universitas Merdeka (UM)")],
        id="one-word-name-set-off-after-title-and-body"),
    pytest.param(
        "Menurut anggota Badan Pengawas Pemilu Surabaya, Hidayat, Kamis (23/7/2020), coklit diawasi ketat. "
        "”Kami awasi,” kata Hidayat.",
        [("indirect", "coklit diawasi ketat", "Hidayat", "anggota Badan Pengawas Pemilu Surabaya"),
         ("direct", "Kami awasi,", "Hidayat", "anggota Badan Pengawas Pemilu Surabaya")],
        id="one-word-name-set-off-then-weekday"),
    pytest.param(
        "Baik Mulyadi, Joko, maupun Ujang berharap budidaya ini bertahan. ”Kami optimistis,” kata Joko.",
        [("direct", "Kami optimistis,", "Joko", None)],
        id="one-word-names-in-a-list-take-no-title"),
    pytest.param(
        "Veronica Wulandari, juru bicara Budi Santoso, mewakili keluarga, menyampaikan kabar itu di Makassar. "
        "”Kami berduka,” ujar Veronica.",
        [("direct", "Kami berduka,", "Veronica Wulandari", "juru bicara Budi Santoso")],
        id="lower-case-title-set-off-after-name"),
    pytest.param(
        "Rudi Hartono, peneliti senior di Center for Urban Studies, lembaga kajian perkotaan Universitas Merdeka, "
        "mengatakan, kasus menurun. ”Kasus turun,” kata Rudi.",
        [("direct", "Kasus turun,", "Rudi Hartono", "peneliti senior di Center for Urban Studies")],
        id="lower-case-title-with-preposition-set-off-after-name"),
    pytest.param(
        "Hasan Basri (55), warga Kampung Melayu, sangsi dengan kondisi saat ini. Ratna Sari (47), warga Kampung "
        "Melayu, menyebut kue-kue itu berasal dari dapurnya. ”Sewanya murah,” kata Ratna.",
        [("indirect", "kue-kue itu berasal dari dapurnya", "Ratna Sari", "warga Kampung Melayu"),
         ("direct", "Sewanya murah,", "Ratna Sari", "warga Kampung Melayu")],
        id="lower-case-description-shared-by-two-people"),
    pytest.param(
        "Gubernur Budi Santoso dan Kapolda Jaya Rina Wulandari hadir. ”Kami siap,” kata Rina.",
        [("direct", "Kami siap,", "Rina Wulandari", "Kapolda Jaya")],
        id="two-titled-people-joined-keep-own-titles"),
    pytest.param(
        "Kepala Seksi Intelijen Kejari Tegal, Boston Rudi Siahaan menjelaskan program berjalan bertahap. "
        "”Kami masih sosialisasi,” kata Boston.",
        [("indirect", "program berjalan bertahap", "Boston Rudi Siahaan", "Kepala Seksi Intelijen Kejari Tegal"),
         ("direct", "Kami masih sosialisasi,", "Boston Rudi Siahaan", "Kepala Seksi Intelijen Kejari Tegal")],
        id="place-word-after-cue-is-known-persons-name"),
    pytest.param(
        "Rudi Hartono dari Boston menjelaskan program berjalan bertahap. ”Kami masih sosialisasi,” kata Boston.",
        [("indirect", "program berjalan bertahap", "Rudi Hartono", None),
         ("direct", "Kami masih sosialisasi,", "Boston", None)],
        id="place-word-after-cue-not-in-any-name"),
    pytest.param(
        "Kepala Dinas Sosial Rudi Hartono hadir. Menurut data yang ia terima, jumlah warga miskin naik tahun ini.",
        [("indirect", "jumlah warga miskin naik tahun ini", "Rudi Hartono", "Kepala Dinas Sosial")],
        id="menurut-record-pronoun-owner"),
    pytest.param(
        "Kepala Dinas Sosial Rudi Hartono hadir. Menurut data yang diterimanya, jumlah warga miskin naik tahun ini.",
        [("indirect", "jumlah warga miskin naik tahun ini", "Rudi Hartono", "Kepala Dinas Sosial")],
        id="menurut-record-clitic-owner"),
    pytest.param(
        "Kepala Dinas Sosial Rudi Hartono hadir. Menurut data yang beredar, jumlah warga miskin naik tahun ini.",
        [],
        id="menurut-record-relative-no-owner"),
    pytest.param(
        "Menurut data Dinas Sosial Sukamaju, jumlah warga miskin naik tahun ini.",
        [("indirect", "jumlah warga miskin naik tahun ini", "Dinas Sosial Sukamaju", None)],
        id="menurut-record-of-body"),
    pytest.param(
        "Menurut catatan Budi Santoso, jumlah warga miskin naik tahun ini.",
        [("indirect", "jumlah warga miskin naik tahun ini", "Budi Santoso", None)],
        id="menurut-record-of-person"),
    pytest.param(
        "Menurut data yang dihimpun dari Satuan Tugas Banjir Kota Tegal, hingga Selasa jumlah pengungsi naik.",
        [("indirect", "hingga Selasa jumlah pengungsi naik", "Satuan Tugas Banjir Kota Tegal", None)],
        id="menurut-record-gathered-from-body"),
    pytest.param(
        "Budi Santoso menjelaskan, menurut informasi dari Dinas Perhubungan Tegal, sebanyak 800 kendaraan melintas.",
        [("indirect", "menurut informasi dari Dinas Perhubungan Tegal, sebanyak 800 kendaraan melintas",
          "Budi Santoso", None)],
        id="menurut-record-inside-cued-clause-stays"),
    pytest.param(
        "Ketua RT Andi Wijaya hadir dalam rapat itu. Sedangkan Rudi Hartono, kata dia, tidak menempuh jalur hukum.",
        [("indirect", "Rudi Hartono, kata dia, tidak menempuh jalur hukum", "Andi Wijaya", "Ketua RT")],
        id="pronoun-cue-after-subject-not-the-subject"),
    pytest.param(
        "”Kami menolak,” kata Ketua RT Andi Wijaya. Sedangkan Bendahara RT Rudi Hartono, kata dia, tidak "
        "menempuh jalur hukum.",
        [("direct", "Kami menolak,", "Andi Wijaya", "Ketua RT"),
         ("indirect", "Bendahara RT Rudi Hartono, kata dia, tidak menempuh jalur hukum", "Andi Wijaya", "Ketua RT")],
        id="pronoun-cue-after-titled-subject-not-the-subject"),
    pytest.param(
        "”Kami menolak,” kata Ketua RT Andi Wijaya. Rudi Hartono tidak menempuh jalur hukum. ”Saya diam,” katanya.",
        [("direct", "Kami menolak,", "Andi Wijaya", "Ketua RT"), ("direct", "Saya diam,", "Rudi Hartono", None)],
        id="subject-without-interposed-cue-stays-salient"),
    pytest.param(
        "Polda Sulsel membantah bahwa kabar itu benar. Polda menyebut personel itu tengah menyelidiki kasus lain.",
        [("indirect", "kabar itu benar", "Polda Sulsel", None),
         ("indirect", "personel itu tengah menyelidiki kasus lain", "Polda Sulsel", None)],
        id="bare-body-word-is-the-one-known-body"),
    pytest.param(
        "Polda Sulsel membantah bahwa kabar itu benar. Polda Bali membenarkan bahwa kabar itu benar. "
        "Polda menyebut personel itu tengah menyelidiki kasus lain.",
        [("indirect", "kabar itu benar", "Polda Sulsel", None),
         ("indirect", "kabar itu benar", "Polda Bali", None),
         ("indirect", "personel itu tengah menyelidiki kasus lain", "Polda", None)],
        id="bare-body-word-two-known-bodies-stays"),
    pytest.param(
        "Pihak Keluarga meminta polisi mengusut tuntas kasus itu.",
        [("indirect", "polisi mengusut tuntas kasus itu", "Pihak Keluarga", None)],
        id="pihak-capitalised-common-noun-is-no-name"),
    pytest.param(
        "Pihak Polres Tegal menyebut pelaku sudah ditangkap pekan lalu.",
        [("indirect", "pelaku sudah ditangkap pekan lalu", "Pihak Polres Tegal", None)],
        id="pihak-body-stays"),
    pytest.param(
        "”Kami siap,” kata Menteri Sosial Rudi Hartono. Presiden Andi Wijaya meminta jajarannya memastikan bantuan "
        "tersalurkan. Mensos mengatakan, sebanyak 10 juta keluarga tercatat bekerja sebagai petani. "
        "”Kami akan memeriksa data,” katanya.",
        [("direct", "Kami siap,", "Rudi Hartono", "Menteri Sosial"),
         ("indirect", "jajarannya memastikan bantuan tersalurkan", "Andi Wijaya", "Presiden"),
         ("indirect", "sebanyak 10 juta keluarga tercatat bekerja sebagai petani", "Rudi Hartono", "Menteri Sosial"),
         ("direct", "Kami akan memeriksa data,", "Rudi Hartono", "Menteri Sosial")],
        id="title-short-form-is-the-role-holder"),
    pytest.param(
        "”Kami siap,” kata Menteri Keuangan Rudi Hartono. Menkes mengatakan, rumah sakit sudah siap menerima pasien.",
        [("direct", "Kami siap,", "Rudi Hartono", "Menteri Keuangan"),
         ("indirect", "rumah sakit sudah siap menerima pasien", "Menkes", None)],
        id="title-short-form-of-another-role-stays"),
    pytest.param(
        "”Alat siap diuji,” kata anggota Tim Peneliti Alat dari UGM, Dewi Lestari Putri, seusai bertemu Gubernur "
        "Jawa Tengah Budi Santoso di Semarang.",
        [("direct", "Alat siap diuji,", "Dewi Lestari Putri", "anggota Tim Peneliti Alat dari UGM")],
        id="title-comma-name-then-setting-with-another-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nAhli gizi klinis Wulan Pratiwi memimpin penyuluhan di desa itu.\n"
        "”Anak-anak butuh serat,” kata Wulan.",
        [("direct", "Anak-anak butuh serat,", "Wulan Pratiwi", "Ahli gizi klinis")],
        id="lower-case-title-opening-the-sentence-before-a-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nDitemui terpisah, pengamat perkeretaapian Wulan Pratiwi berpendapat, jalur itu tua.\n"
        "”Relnya perlu diganti,” kata Wulan.",
        [("indirect", "jalur itu tua", "Wulan Pratiwi", "pengamat perkeretaapian"),
         ("direct", "Relnya perlu diganti,", "Wulan Pratiwi", "pengamat perkeretaapian")],
        id="lower-case-title-after-an-opener-before-a-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nRapat itu dihadiri pengamat Wulan Pratiwi.\n"
        "”Relnya perlu diganti,” kata Wulan.",
        [("direct", "Relnya perlu diganti,", "Wulan Pratiwi", None)],
        id="lower-case-title-inside-a-clause-is-no-role"),
    pytest.param(
        "Sidang ditunda sepekan.\nKetua Paguyuban Tani itu, Rahmat Hidayat, memimpin panen raya.\n"
        "”Hasilnya naik,” kata Rahmat.",
        [("direct", "Hasilnya naik,", "Rahmat Hidayat", "Ketua Paguyuban Tani")],
        id="title-part-with-demonstrative-then-comma-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nSementara itu, pemimpin Tenunraya, Wulan Pratiwi, optimistis perajin cepat mahir.\n"
        "”Hasilnya naik,” kata Wulan.",
        [("direct", "Hasilnya naik,", "Wulan Pratiwi", "pemimpin Tenunraya")],
        id="lower-case-title-part-after-opener-then-comma-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nAtas putusan itu, Joko melalui penasihat hukumnya, Wulan Pratiwi, meminta waktu.\n"
        "”Kami pikir-pikir dulu,” kata Wulan.",
        [("direct", "Kami pikir-pikir dulu,", "Wulan Pratiwi", "penasihat hukumnya")],
        id="title-after-melalui-then-comma-name"),
    pytest.param(
        "Sidang ditunda sepekan.\nSetelah menemui ketua, Wulan Pratiwi pulang ke rumah.\n"
        "”Hasilnya naik,” kata Wulan.",
        [("direct", "Hasilnya naik,", "Wulan Pratiwi", None)],
        id="title-as-object-before-comma-name-is-no-role"),
    pytest.param(
        "Panen tahun ini melimpah.\n”Harga gabah stabil,” kata Rahmat Hidayat dari Dewan Pengawas Koperasi Tani dan "
        "Nelayan Sukamaju (KTNS).",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat",
          "Dewan Pengawas Koperasi Tani dan Nelayan Sukamaju (KTNS)")],
        id="name-dari-body-gives-the-body-as-role"),
    pytest.param(
        "Panen tahun ini melimpah.\nRahmat Hidayat dari komunitas Sahabat Sawah ikut memanen padi.\n"
        "”Harga gabah stabil,” kata Rahmat.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", "komunitas Sahabat Sawah")],
        id="name-dari-lower-case-body-noun-gives-the-body-as-role"),
    pytest.param(
        "Panen tahun ini melimpah.\n”Harga gabah stabil,” kata Rahmat Hidayat dari Bogor.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", None)],
        id="name-dari-place-is-no-role"),
    pytest.param(
        "Panen tahun ini melimpah.\nKini, Rahmat Hidayat menjabat sebagai Kepala Bagian Tata Usaha Dinas Pertanian.\n"
        "”Harga gabah stabil,” kata Rahmat.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", "Kepala Bagian Tata Usaha Dinas Pertanian")],
        id="name-menjabat-sebagai-office-gives-the-role"),
    pytest.param(
        "Panen tahun ini melimpah.\nRahmat Hidayat menjabat sebagai Kepala Bagian Umum Dinas Pertanian Joko Susanto "
        "menjabat sebagai Kepala Bagian Keuangan.\n”Harga gabah stabil,” kata Rahmat.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", "Kepala Bagian Umum Dinas Pertanian")],
        id="office-after-name-stops-at-the-next-name"),
    pytest.param(
        "Panen tahun ini melimpah.\nRahmat Hidayat, yang juga Ketua Paguyuban Petani Sukamaju, membuka acara.\n"
        "”Harga gabah stabil,” kata Rahmat.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", "Ketua Paguyuban Petani Sukamaju")],
        id="name-yang-juga-office-gives-the-role"),
    pytest.param(
        "Panen tahun ini melimpah.\nRahmat Hidayat ikut memanen di sawah.\n"
        "”Harga gabah stabil,” ujar Rahmat yang pernah menjabat sebagai Tenaga Ahli Menteri Pertanian.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", "Tenaga Ahli Menteri Pertanian")],
        id="cue-name-yang-pernah-menjabat-sebagai-office"),
    pytest.param(
        "Panen tahun ini melimpah.\nRahmat Hidayat dikenal sebagai sosok yang ramah.\n"
        "”Harga gabah stabil,” kata Rahmat.",
        [("direct", "Harga gabah stabil,", "Rahmat Hidayat", None)],
        id="sebagai-without-an-office-is-no-role"),
    pytest.param(
        "Warga berkumpul di balai.\nBupati Garut Suryadi 'Yadi' Permana mengatakan, aturan ini disosialisasikan.\n"
        "\"Rencana ini kami targetkan selesai,\" imbuh Yadi.",
        [("indirect", "aturan ini disosialisasikan", "Suryadi Permana", "Bupati Garut"),
         ("direct", "Rencana ini kami targetkan selesai,", "Suryadi Permana", "Bupati Garut")],
        id="quoted-nickname-inside-a-name-is-its-alias"),
    pytest.param(
        "Warga berkumpul di balai.\nBupati Garut Suryadi Permana mengatakan, aturan ini disosialisasikan.\n"
        "\"Rencana ini kami targetkan selesai,\" imbuh Yadi.",
        [("indirect", "aturan ini disosialisasikan", "Suryadi Permana", "Bupati Garut"),
         ("direct", "Rencana ini kami targetkan selesai,", "Yadi", None)],
        id="unquoted-short-name-is-no-alias"),
    pytest.param(
        "Warga berkumpul di balai.\nKetua Paguyuban Nelayan Sukamaju, Karsan mengatakan, perahu itu tua.\n"
        "\"Kami sedang memeriksa perahu,\" kata Korsan.",
        [("indirect", "perahu itu tua", "Karsan", "Ketua Paguyuban Nelayan Sukamaju"),
         ("direct", "Kami sedang memeriksa perahu,", "Karsan", "Ketua Paguyuban Nelayan Sukamaju")],
        id="name-one-vowel-off-is-the-known-person"),
    pytest.param(
        "Warga berkumpul di balai.\nKetua Paguyuban Nelayan Sukamaju, Karsan mengatakan, perahu itu tua.\n"
        "\"Kami sedang memeriksa perahu,\" kata Karsani.",
        [("indirect", "perahu itu tua", "Karsan", "Ketua Paguyuban Nelayan Sukamaju"),
         ("direct", "Kami sedang memeriksa perahu,", "Karsani", None)],
        id="name-with-a-letter-added-stays-apart"),
    pytest.param(
        "Warga berkumpul di balai.\nKetua Paguyuban Petani Rahmat Hidayat menyayangkan warga yang abai.\n"
        "”Kita bisa belajar,” katanya.\nPanen raya Rahmat meminta masyarakat bersiap.\n"
        "”Kita bisa belajar dari tahun lalu,” ujarnya.",
        [("direct", "Kita bisa belajar,", "Rahmat Hidayat", "Ketua Paguyuban Petani"),
         ("direct", "Kita bisa belajar dari tahun lalu,", "Rahmat Hidayat", "Ketua Paguyuban Petani")],
        id="run-in-subhead-before-a-known-first-name"),
    pytest.param(
        "Warga berkumpul di balai.\nKetua Paguyuban Petani Rahmat Hidayat menyayangkan warga yang abai.\n"
        "”Kita bisa belajar,” katanya.\nPanen raya Agus Rahmat meminta masyarakat bersiap.\n"
        "”Kita bisa belajar dari tahun lalu,” ujar Agus.",
        [("direct", "Kita bisa belajar,", "Rahmat Hidayat", "Ketua Paguyuban Petani"),
         ("direct", "Kita bisa belajar dari tahun lalu,", "Agus Rahmat", None)],
        id="run-in-subhead-before-another-persons-name"),
    pytest.param(
        "Layanan ojek daring kembali normal.\n”Kami membagikan sekat plastik,” kata Rahmat Hidayat, Regional Head "
        "of Safety Ojekita.",
        [("direct", "Kami membagikan sekat plastik,", "Rahmat Hidayat", "Regional Head of Safety Ojekita")],
        id="english-title-with-qualifier-apposed-after-cue-name"),
    pytest.param(
        "Layanan ojek daring kembali normal.\n”Kami membagikan sekat plastik,” kata Rahmat Hidayat, Jakarta Pusat.",
        [("direct", "Kami membagikan sekat plastik,", "Rahmat Hidayat", None)],
        id="place-apposed-after-cue-name-is-no-role"),
    pytest.param(
        "Dana dibuka hari ini.\n”Nanti disalurkan melalui lembaga,” kata Ketua Yayasan Sinar Dewi Lestari.\n"
        "Chief Executive Officer Bantusesama Rahmat Hidayat menjelaskan, lembaganya menjadi saksi solidaritas.\n"
        "Tahun lalu, Bantusesama mencatat sudah Rp 11 miliar dana terkumpul.\n"
        "”Jumlah penyumbang mencapai 7.000 orang,” tuturnya.",
        [("direct", "Nanti disalurkan melalui lembaga,", "Dewi Lestari", "Ketua Yayasan Sinar"),
         ("indirect", "lembaganya menjadi saksi solidaritas", "Rahmat Hidayat", "Chief Executive Officer Bantusesama"),
         ("indirect", "sudah Rp 11 miliar dana terkumpul", "Bantusesama", None),
         ("direct", "Jumlah penyumbang mencapai 7.000 orang,", "Rahmat Hidayat", "Chief Executive Officer Bantusesama")],
        id="body-closing-a-speakers-title-takes-no-pronoun"),
    pytest.param(
        "Dana dibuka hari ini.\n”Nanti disalurkan melalui lembaga,” kata Ketua Yayasan Sinar Dewi Lestari.\n"
        "Chief Executive Officer Bantusesama Rahmat Hidayat menjelaskan, lembaganya menjadi saksi solidaritas.\n"
        "Tahun lalu, Sutarmo mencatat sudah Rp 11 miliar dana terkumpul.\n"
        "”Jumlah penyumbang mencapai 7.000 orang,” tuturnya.",
        [("direct", "Nanti disalurkan melalui lembaga,", "Dewi Lestari", "Ketua Yayasan Sinar"),
         ("indirect", "lembaganya menjadi saksi solidaritas", "Rahmat Hidayat", "Chief Executive Officer Bantusesama"),
         ("indirect", "sudah Rp 11 miliar dana terkumpul", "Sutarmo", None),
         ("direct", "Jumlah penyumbang mencapai 7.000 orang,", "Sutarmo", None)],
        id="one-word-person-named-in-no-title-takes-the-pronoun"),
    pytest.param(
        "Diskusi berlangsung.\nSementara itu, Sumardi, Camat Sukajadi, Jakarta Selatan, mengajak aparat ikut.\n"
        "”Kondisinya membaik,” kata Sumardi.",
        [("direct", "Kondisinya membaik,", "Sumardi", "Camat Sukajadi, Jakarta Selatan")],
        id="one-word-name-after-opener-with-title-set-off-after-it"),
    pytest.param(
        "Diskusi berlangsung.\nRapat dihadiri Sumardi, Ketua Paguyuban Tani Joko Susanto, dan warga.\n"
        "”Kondisinya membaik,” kata Sumardi.",
        [("direct", "Kondisinya membaik,", "Sumardi", None)],
        id="one-word-name-in-a-list-before-another-titled-name-has-no-role"),
    pytest.param(
        "Diskusi berlangsung.\nSementara itu, pengamat pendidikan dari fakultas Universitas Bukit Hijau, Ratna Sari, "
        "mengamini hal itu.\n”Anak mudah ikut arus,” kata Ratna.",
        [("direct", "Anak mudah ikut arus,", "Ratna Sari",
          "pengamat pendidikan dari fakultas Universitas Bukit Hijau")],
        id="title-field-dari-unit-then-body-comma-name"),
    pytest.param(
        "Diskusi berlangsung.\nSementara itu, warga dari kampung Bukit Hijau, Ratna Sari, mengamini hal itu.\n"
        "”Anak mudah ikut arus,” kata Ratna.",
        [("direct", "Anak mudah ikut arus,", "Ratna Sari", "Bukit Hijau")],
        id="no-title-before-dari-leaves-the-run-as-it-was"),
    pytest.param(
        "Tirtamina menjamin pasokan bahan bakar.\nDirektur Logistik dan Infrastruktur Tirtamina Sutrisno menambahkan, "
        "stok nasional aman.\n”Tidak perlu panik membeli bahan bakar,” kata Sutrisno.",
        [("indirect", "stok nasional aman", "Sutrisno", "Direktur Logistik dan Infrastruktur Tirtamina"),
         ("direct", "Tidak perlu panik membeli bahan bakar,", "Sutrisno", "Direktur Logistik dan Infrastruktur Tirtamina")],
        id="department-words-after-dan-stay-in-the-title"),
    pytest.param(
        "Gudang itu kosong.\nKepala Logistik Andi Saputra mengatakan, bantuan tiba besok.",
        [("indirect", "bantuan tiba besok", "Andi Saputra", "Kepala Logistik")],
        id="department-word-title-keeps-the-whole-name"),
    pytest.param(
        "Rapat berlangsung alot.\nTidak transparan Pengacara dan Direktur Garda Law & Policy Strategic Rudi Halim mengatakan, "
        "draf itu belum dibuka.\n”Pasalnya harus jelas sejak awal,” kata Rudi.",
        [("indirect", "draf itu belum dibuka", "Rudi Halim", "Pengacara dan Direktur Garda Law & Policy Strategic"),
         ("direct", "Pasalnya harus jelas sejak awal,", "Rudi Halim", "Pengacara dan Direktur Garda Law & Policy Strategic")],
        id="english-adjective-ends-the-body-after-ampersand-and-subhead"),
    pytest.param(
        "Laporan dana kampanye dinilai formalitas.\nDirektur Eksekutif Forum for Democracy and Electoral Integrity Fikri "
        "Santoso Wibowo menuturkan, laporan itu rentan dimanipulasi.\n”Laporannya harus diaudit,” kata Fikri.",
        [("indirect", "laporan itu rentan dimanipulasi", "Fikri Santoso Wibowo",
          "Direktur Eksekutif Forum for Democracy and Electoral Integrity"),
         ("direct", "Laporannya harus diaudit,", "Fikri Santoso Wibowo",
          "Direktur Eksekutif Forum for Democracy and Electoral Integrity")],
        id="english-adjective-before-an-english-word-is-no-end-of-the-body"),
    pytest.param(
        "Warga bertemu dengan Gubernur Daerah Istimewa Surakarta Sultan Mangku Buwono X, Jumat sore.\nPertemuan berlangsung "
        "di ruang kerja Sultan MB X.\n”Itu sudah direncanakan, saya yakin,” tutur Sultan MB X.\n"
        "”Mereka bukan warga sini,” ungkap Sultan.",
        [("direct", "Itu sudah direncanakan, saya yakin,", "Sultan Mangku Buwono X", "Gubernur Daerah Istimewa Surakarta"),
         ("direct", "Mereka bukan warga sini,", "Sultan Mangku Buwono X", "Gubernur Daerah Istimewa Surakarta")],
        id="initials-in-a-name-spell-out-the-known-full-name"),
    pytest.param(
        "Warga bertemu dengan Gubernur Daerah Istimewa Surakarta Sultan Mangku Buwono X, Jumat sore.\nPertemuan itu "
        "mengenang masa Sultan MB IX.\n”Kami harus tenang,” tutur Sultan MB IX dalam rekaman lama.",
        [("direct", "Kami harus tenang,", "Sultan MB IX", None)],
        id="initials-with-another-numeral-are-someone-else"),
    pytest.param(
        "Rencana itu disinggung Presiden Joko Widodo saat meninjau sawah di Kapuas, Jumat.\nDalam kunjungannya, Jokowi "
        "mengatakan lumbung pangan akan dibangun.\n”Kita harus siap menghadapi kemarau,” kata Jokowi.",
        [("indirect", "lumbung pangan akan dibangun", "Jokowi", "Presiden"),
         ("direct", "Kita harus siap menghadapi kemarau,", "Jokowi", "Presiden")],
        id="known-nickname-takes-the-roles-of-the-full-name"),
    pytest.param(
        "Rencana itu disinggung Menteri Pertanian Rudi Hartono saat meninjau sawah di Kapuas, Jumat.\nDalam kunjungannya, "
        "Jokowi mengatakan lumbung pangan akan dibangun.",
        [("indirect", "lumbung pangan akan dibangun", "Jokowi", None)],
        id="known-nickname-without-its-full-name-takes-no-role"),
    pytest.param(
        "Protes itu ramai di media sosial.\nSebelumnya, keluhan seorang petugas Dinas Pemadam Kebakaran Kota Lembang, Sandi Purba "
        "(30), viral.\n”Saya hanya ingin seragam yang pantas,” kata Sandi.",
        [("direct", "Saya hanya ingin seragam yang pantas,", "Sandi Purba", "Dinas Pemadam Kebakaran Kota Lembang")],
        id="given-name-sandi-is-no-institution-word"),
    pytest.param(
        "Serangan siber meningkat.\nKepala Badan Siber dan Sandi Negara Hasan Siregar mengatakan, sistem sudah diperkuat.",
        [("indirect", "sistem sudah diperkuat", "Hasan Siregar", "Kepala Badan Siber dan Sandi Negara")],
        id="sandi-inside-an-agency-name-stays-in-the-title"),
    pytest.param(
        "Tamu hotel berkurang.\nHal senada disampaikan Resort Manager Pantai Indah Hotel Rendy Kusuma.\nIa mengungkapkan, "
        "sejumlah tamu membatalkan pemesanan.\n”Kamar yang dibatalkan langsung terisi,” ujar Rendy.",
        [("indirect", "sejumlah tamu membatalkan pemesanan", "Rendy Kusuma", "Resort Manager Pantai Indah Hotel"),
         ("direct", "Kamar yang dibatalkan langsung terisi,", "Rendy Kusuma", "Resort Manager Pantai Indah Hotel")],
        id="hotel-named-before-its-english-head-ending-in-a-dictionary-word"),
    pytest.param(
        "Tamu hotel berkurang.\nGeneral Manager Hotel Melati Indah Rudi Hartono mengatakan, tamu membatalkan pemesanan.\n"
        "”Kamar kosong,” ujar Rudi.",
        [("indirect", "tamu membatalkan pemesanan", "Rudi Hartono", "General Manager Hotel Melati Indah"),
         ("direct", "Kamar kosong,", "Rudi Hartono", "General Manager Hotel Melati Indah")],
        id="hotel-head-before-its-name-keeps-the-person-whole"),
    pytest.param(
        "Ketua komisi itu positif Covid-19.\nKehadirannya diwakili anggota Komisi Pemilihan lain, yakni Hendra Saputra.\n"
        "”Hasil tes saya negatif,” kata Hendra.",
        [("direct", "Hasil tes saya negatif,", "Hendra Saputra", "anggota Komisi Pemilihan")],
        id="title-of-a-group-before-yakni-is-the-named-member-s-role"),
    pytest.param(
        "Tiga orang datang, yakni Hendra Saputra.\n”Hasil tes saya negatif,” kata Hendra.",
        [("direct", "Hasil tes saya negatif,", "Hendra Saputra", None)],
        id="plain-noun-before-yakni-is-no-role"),
    pytest.param(
        "Presiden kembali berkunjung ke daerah.\nKritik disampaikan pengajar Kebijakan Publik Universitas Nusa Bangsa, Gusnadi "
        "Tegas Sudarmo, dan pengajar Kebijakan Publik Universitas Tanjung Harapan, Gabriel Lubis, secara terpisah.\n"
        "Kunjungan itu, menurut Gusnadi, hanya simbolik.\n”Teladan tidak ditunjukkan para pemimpin,” ungkap Gusnadi.",
        [("direct", "Teladan tidak ditunjukkan para pemimpin,", "Gusnadi Tegas Sudarmo",
          "pengajar Kebijakan Publik Universitas Nusa Bangsa")],
        id="capitalised-cue-word-between-given-name-and-surname-is-a-middle-name"),
    pytest.param(
        "Rapat selesai malam hari.\n”Kami siap bekerja keras,” Tegas Rudi Hartono.",
        [("direct", "Kami siap bekerja keras,", "Rudi Hartono", None)],
        id="capitalised-cue-word-after-a-quote-is-still-the-cue"),
    pytest.param(
        "Presiden Joko Santoso membuka rapat kabinet pagi ini.\n\nMenteri Sosial Budi Hartono menjelaskan program "
        "itu tetap berjalan.\n“Pada prinsipnya kita membuka peluang,” jelasnya.\n\nIa menekankan jika data "
        "diperbarui secara berkala, maka program lebih tepat sasaran. Presiden Joko ingin penerima bantuan naik "
        "kelas.\n“Tidak hanya menerima bantuan, tapi juga diberikan pendampingan,” tegasnya.",
        [("indirect", "program itu tetap berjalan", "Budi Hartono", "Menteri Sosial"),
         ("direct", "Pada prinsipnya kita membuka peluang,", "Budi Hartono", "Menteri Sosial"),
         ("indirect", "jika data diperbarui secara berkala, maka program lebih tepat sasaran", "Budi Hartono",
          "Menteri Sosial"),
         ("direct", "Tidak hanya menerima bantuan, tapi juga diberikan pendampingan,", "Budi Hartono",
          "Menteri Sosial")],
        id="known-person-subject-right-after-a-report-in-its-paragraph-leaves-the-pronoun-to-the-reporter"),
    pytest.param(
        "Presiden Joko Santoso membuka rapat kabinet pagi ini.\n\nMenteri Sosial Budi Hartono menjelaskan program "
        "itu tetap berjalan. Presiden Joko Santoso ingin penerima bantuan naik kelas.\n“Kami ingin semua warga "
        "mandiri,” tegasnya.",
        [("indirect", "program itu tetap berjalan", "Budi Hartono", "Menteri Sosial"),
         ("direct", "Kami ingin semua warga mandiri,", "Budi Hartono", "Menteri Sosial")],
        id="known-person-named-in-full-right-after-a-report-in-its-paragraph-is-no-introduction"),
    pytest.param(
        "Menteri Sosial Budi Hartono menjelaskan program itu tetap berjalan. Ketua PHRI Ayu Lestari juga hadir "
        "dalam acara itu.\n“Kami mendukung penuh,” ujarnya.",
        [("indirect", "program itu tetap berjalan", "Budi Hartono", "Menteri Sosial"),
         ("direct", "Kami mendukung penuh,", "Ayu Lestari", "Ketua PHRI")],
        id="new-person-subject-right-after-a-report-in-its-paragraph-takes-the-pronoun"),
    pytest.param(
        "Undangan dikirim kepada Ketua PHRI Ayu Lestari pekan lalu.\n\nMenteri Sosial Budi Hartono menjelaskan "
        "program itu tetap berjalan. Acara itu juga dihadiri Ketua PHRI Ayu Lestari.\n“Kami mendukung penuh,” ujarnya.",
        [("indirect", "program itu tetap berjalan", "Budi Hartono", "Menteri Sosial"),
         ("direct", "Kami mendukung penuh,", "Ayu Lestari", "Ketua PHRI")],
        id="person-presented-right-after-a-report-in-its-paragraph-takes-the-pronoun"),
    pytest.param(
        "Bupati Sukamaju Dewi Lestari meninjau pasar pagi ini.\n"
        "”Kami akan meminta bantuan kepada pemerintah provinsi,” ditambahkan Dewi.",
        [("direct", "Kami akan meminta bantuan kepada pemerintah provinsi,", "Dewi Lestari", "Bupati Sukamaju")],
        id="a-passive-cue-after-the-quote-with-a-name-as-its-agent"),
    pytest.param(
        "Bupati Sukamaju Dewi Lestari meninjau pasar pagi ini.\n"
        "”Kami akan meminta bantuan kepada pemerintah provinsi,” dikatakan oleh Dewi Lestari.",
        [("direct", "Kami akan meminta bantuan kepada pemerintah provinsi,", "Dewi Lestari", "Bupati Sukamaju")],
        id="a-passive-cue-after-the-quote-with-oleh-and-a-name"),
    pytest.param(
        "Harga cabai di Pasar Sukamaju naik dua kali lipat.\n"
        "”Pasokan dari petani turun tajam pekan ini,” disebutkan dalam laporan dinas itu.",
        [],
        id="a-passive-cue-after-the-quote-with-no-name-gives-no-speaker"),
    pytest.param(
        "Bupati Sukamaju Dewi Lestari berkeliling kampung dengan sepeda.\n"
        "Di sepanjang jalan, Dewi terus mengingatkan warga memakai masker.\n"
        "”Ayo dipakai maskernya, jangan sampai sakit,” katanya melalui pengeras suara.",
        [("indirect", "warga memakai masker", "Dewi Lestari", "Bupati Sukamaju"),
         ("direct", "Ayo dipakai maskernya, jangan sampai sakit,", "Dewi Lestari", "Bupati Sukamaju")],
        id="a-clitic-cue-before-anyone-spoke-goes-to-the-only-titled-person-named"),
    pytest.param(
        "Pada akhir pekan, jadwal Bupati Dewi Lestari adalah membagikan masker.\n"
        "Pada hari yang sama, jadwal Camat Budi Hartono adalah membersihkan selokan.\n"
        "”Ayo dipakai maskernya, jangan sampai sakit,” katanya melalui pengeras suara.",
        [],
        id="a-clitic-cue-before-anyone-spoke-with-two-titled-people-named-is-unresolved"),
    pytest.param(
        "Pada akhir pekan, jadwal Bupati Dewi Lestari adalah membagikan masker.\n"
        "”Ayo dipakai maskernya, jangan sampai sakit,” katanya melalui pengeras suara.",
        [("direct", "Ayo dipakai maskernya, jangan sampai sakit,", "Dewi Lestari", "Bupati")],
        id="a-clitic-cue-before-anyone-spoke-goes-to-the-only-titled-person-named-as-no-subject"),
    pytest.param(
        "Kapolres Bogor Dedi Kurniawan meminta warga ikut menjaga ketertiban.\n"
        "“Di terminal ada “preman”-nya. Kami minta mereka ikut menertibkan,” ucapnya.",
        [("indirect", "warga ikut menjaga ketertiban", "Dedi Kurniawan", "Kapolres Bogor"),
         ("direct", "Di terminal ada “preman”-nya. Kami minta mereka ikut menertibkan,", "Dedi Kurniawan",
          "Kapolres Bogor")],
        id="a-word-quoted-inside-a-quote-does-not-cut-the-quote"),
    pytest.param(
        "Sejarawan Universitas Sukamaju Rudi Hartono menulis buku tentang pergerakan.\n"
        "“Mereka bertahan karena terbiasa ditempa. Tujuan mereka tetap sama,’ kata Rudi Hartono.",
        [("direct", "Mereka bertahan karena terbiasa ditempa. Tujuan mereka tetap sama,", "Rudi Hartono",
          "Sejarawan Universitas Sukamaju")],
        id="a-double-quote-closed-by-a-single-mark-before-its-cue"),
    pytest.param(
        "Budi Santoso, Direktur Pemasaran PT Sinar Logam, menyatakan permintaan logam naik tahun ini.",
        [("indirect", "permintaan logam naik tahun ini", "Budi Santoso", "Direktur Pemasaran PT Sinar Logam")],
        id="a-company-name-after-pt-in-an-apposition-is-no-person"),
    pytest.param(
        "Budi Santoso, VP Marketing, Legal & Business Support PT Sinar Gas, menyatakan permintaan gas naik.",
        [("indirect", "permintaan gas naik", "Budi Santoso", "VP Marketing, Legal & Business Support PT Sinar Gas")],
        id="a-listed-title-ending-in-a-pt-company-is-the-role-of-the-name-before"),
    pytest.param(
        "Kapolres Bogor, AKBP Budi Santoso, menyatakan pelaku sudah ditangkap.",
        [("indirect", "pelaku sudah ditangkap", "Budi Santoso", "Kapolres Bogor")],
        id="a-title-then-a-name-in-appositions-still-names-the-second"),
    pytest.param(
        "Kebakaran melanda gedung itu pada Sabtu malam.\n"
        "Rudi Hartono, Kepala Regu B dari Pos Pemadam Sektor III, Kebayoran Lama, Jakarta Selatan — tim yang datang "
        "pertama — menuturkan, hidran di halaman tidak berfungsi.\n"
        "”Kami terpaksa mengambil air dari gedung sebelah,” ujarnya.",
        [("indirect", "hidran di halaman tidak berfungsi", "Rudi Hartono", "Kepala Regu B dari Pos Pemadam Sektor III"),
         ("direct", "Kami terpaksa mengambil air dari gedung sebelah,", "Rudi Hartono",
          "Kepala Regu B dari Pos Pemadam Sektor III")],
        id="a-name-its-title-its-places-and-a-dash-aside-before-the-cue"),
    pytest.param(
        "Kebakaran melanda gedung itu pada Sabtu malam.\n"
        "Kepala Regu B Rudi Hartono menuturkan, hidran di halaman tidak berfungsi.",
        [("indirect", "hidran di halaman tidak berfungsi", "Rudi Hartono", "Kepala Regu B")],
        id="a-unit-letter-ends-the-title-not-the-start-of-the-name"),
    pytest.param(
        "Ketua RW Joko S Pranoto menuturkan, hidran di halaman tidak berfungsi.",
        [("indirect", "hidran di halaman tidak berfungsi", "Joko S Pranoto", "Ketua RW")],
        id="a-middle-initial-is-no-unit-letter"),
    pytest.param(
        "Rudi Hartono, Kepala Dinas Pemadam Kebakaran, Jakarta Selatan, mengatakan hidran tidak berfungsi.",
        [("indirect", "hidran tidak berfungsi", "Rudi Hartono", "Kepala Dinas Pemadam Kebakaran, Jakarta Selatan")],
        id="a-name-its-title-and-one-city-keeps-the-city-in-the-role"),
    pytest.param(
        "Kapolda Maluku Irjen Budi Hartono mengatakan, tersangka RS ditangkap di Ambon.\n"
        "Aksi RS yang pertama digagalkan polisi pada Januari.\n"
        "”Pada aksi pertama, aparat menemukan 20 butir amunisi,” tutur Budi.\n"
        "Budi menambahkan, RS tidak hanya membantu pengiriman senjata.\n"
        "RS juga aktif menyebarkan propaganda di media sosial.\n"
        "”RS juga mendorong aksi mogok di daerah itu,” tambahnya.",
        [("indirect", "tersangka RS ditangkap di Ambon", "Budi Hartono", "Kapolda Maluku"),
         ("direct", "Pada aksi pertama, aparat menemukan 20 butir amunisi,", "Budi Hartono", "Kapolda Maluku"),
         ("indirect", "RS tidak hanya membantu pengiriman senjata", "Budi Hartono", "Kapolda Maluku"),
         ("direct", "RS juga mendorong aksi mogok di daerah itu,", "Budi Hartono", "Kapolda Maluku")],
        id="a-person-spoken-of-on-the-line-after-a-report-leaves-the-clitic-to-the-reporter"),
    pytest.param(
        "Menteri Hukum Rudi Santoso menanggapi rencana itu.\n"
        "”Yang berhak melapor adalah korban sendiri,” kata Rudi.\n"
        "Peraturan Menteri itu menyebutkan hanya korban yang dapat melapor.\n"
        "Meski begitu, Rudi mempersilakan lembaga itu menempuh jalur lain. Ia mengaku tetap menghormati proses hukum.",
        [("direct", "Yang berhak melapor adalah korban sendiri,", "Rudi Santoso", "Menteri Hukum"),
         ("indirect", "tetap menghormati proses hukum", "Rudi Santoso", "Menteri Hukum")],
        id="a-person-who-has-spoken-named-on-the-line-after-a-report-takes-the-next-pronoun"),
    pytest.param(
        "Presiden Budi Hartono menerima pengusaha Dedi Kurnia di Istana.\n\"Kami membahas investasi,\" kata Budi.\n"
        "\"Kami sepakat,\" kata Dedi.\n\"Kita tunggu dulu,\" kata presiden kepada wartawan.",
        [("direct", "Kami membahas investasi,", "Budi Hartono", "Presiden"),
         ("direct", "Kami sepakat,", "Dedi Kurnia", None),
         ("direct", "Kita tunggu dulu,", "Budi Hartono", "Presiden")],
        id="a-bare-lower-case-title-is-the-one-person-the-article-gives-that-title"),
    pytest.param(
        "Presiden Dedi Kurnia bertemu Presiden Budi Hartono di Jakarta.\n\"Kami sepakat,\" kata Budi.\n"
        "\"Kami juga,\" kata Dedi.\n\"Kita tunggu dulu,\" kata presiden kepada wartawan.",
        [("direct", "Kami sepakat,", "Budi Hartono", "Presiden"),
         ("direct", "Kami juga,", "Dedi Kurnia", "Presiden"),
         ("direct", "Kita tunggu dulu,", "Dedi Kurnia", "Presiden")],
        id="a-bare-lower-case-title-two-people-hold-is-the-last-speaker-s"),
    pytest.param(
        "Budi Hartono bertemu pengusaha Dedi Kurnia di Jakarta.\n\"Kami sepakat,\" kata Dedi.\n"
        "\"Kita tunggu dulu,\" kata presiden kepada wartawan.",
        [("direct", "Kami sepakat,", "Dedi Kurnia", None),
         ("direct", "Kita tunggu dulu,", "presiden", None)],
        id="a-bare-lower-case-title-nobody-holds-stays-as-written"),
    # A bare title nobody in the article bears stays as written: naming someone in the paragraph
    # before is no evidence that they hold the office (they may be its critic).
    pytest.param(
        "Ratno mengatakan pajak akan naik. \"Itu wajib,\" kata Ratno.\n"
        "Sementara itu, Sinta Dewi menolak rencana itu. \"Kami menolak,\" kata Sinta.\n"
        "Setelah Sinta mengkritik rencana tersebut, Ratno mengancam akan memecatnya.\n"
        "\"Kita lihat saja nanti,\" kata presiden kepada wartawan ketika ditanya soal Sinta.",
        [("indirect", "pajak akan naik", "Ratno", None),
         ("direct", "Itu wajib,", "Ratno", None),
         ("direct", "Kami menolak,", "Sinta Dewi", None),
         ("direct", "Kita lihat saja nanti,", "presiden", None)],
        id="a-bare-title-nobody-bears-stays-though-the-paragraph-before-names-an-untitled-speaker"),
    pytest.param(
        "\"Kami menolak,\" kata Sinta Dewi.\nSinta Dewi kembali mengkritik kebijakan presiden soal pajak.\n"
        "\"Kita lihat saja nanti,\" kata presiden kepada wartawan.",
        [("direct", "Kami menolak,", "Sinta Dewi", None),
         ("direct", "Kita lihat saja nanti,", "presiden", None)],
        id="a-bare-title-is-not-the-critic-of-the-office-named-just-before"),
    pytest.param(
        "Presiden Ratno Wibowo bertemu warga di Bogor.\n\"Kami menolak,\" kata Sinta Dewi.\n"
        "Sinta Dewi kembali mengkritik kebijakan presiden soal pajak.\n"
        "\"Kita lihat saja nanti,\" kata presiden kepada wartawan.",
        [("direct", "Kami menolak,", "Sinta Dewi", None),
         ("direct", "Kita lihat saja nanti,", "Ratno Wibowo", "Presiden")],
        id="a-bare-title-is-the-one-the-article-gives-that-title-not-the-critic"),
    pytest.param(
        "Ratno mengatakan pajak akan naik. \"Itu wajib,\" kata Ratno.\n\"Kami menolak,\" kata Sinta.\n"
        "Setelah Sinta mengkritik rencana tersebut, Ratno mengancam akan memecatnya.\n"
        "\"Kita lihat saja nanti,\" kata presiden kepada wartawan.",
        [("indirect", "pajak akan naik", "Ratno", None),
         ("direct", "Itu wajib,", "Ratno", None),
         ("direct", "Kami menolak,", "Sinta", None),
         ("direct", "Kita lihat saja nanti,", "presiden", None)],
        id="a-bare-title-nobody-bears-stays-when-the-paragraph-before-names-two-untitled-speakers"),
    pytest.param(
        "Ratno mengatakan pajak akan naik.\n\"Itu wajib,\" kata Ratno.\n"
        "\"Kita lihat saja nanti,\" kata presiden kepada wartawan.",
        [("indirect", "pajak akan naik", "Ratno", None),
         ("direct", "Itu wajib,", "Ratno", None),
         ("direct", "Kita lihat saja nanti,", "presiden", None)],
        id="a-bare-title-nobody-bears-stays-after-a-quoted-paragraph"),
    pytest.param(
        "Wakil Presiden Dedi Kurnia bertemu wartawan di Jakarta.\n\"Kami sepakat,\" kata Dedi.\n"
        "\"Kita tunggu dulu,\" kata presiden kepada wartawan.",
        [("direct", "Kami sepakat,", "Dedi Kurnia", "Wakil Presiden"),
         ("direct", "Kita tunggu dulu,", "presiden", None)],
        id="a-bare-lower-case-title-is-not-the-holder-of-a-deputy-s-title"),
    pytest.param(
        "Rina Wulandari, siswa kelas XII SMK Harapan, meminjam laptop sekolah.\n\"Laptop saya rusak,\" kata Rina.\n"
        "\"Saya harus meminjam,\" kata siswa kepada wartawan.",
        [("direct", "Laptop saya rusak,", "Rina Wulandari", "siswa kelas XII SMK Harapan"),
         ("direct", "Saya harus meminjam,", "siswa", None)],
        id="a-bare-lower-case-description-is-not-the-person-described-so"),
    pytest.param(
        "Anak itu dirawat di rumah sakit. Polisi mengatakan korban dipukul temannya.\n"
        "Siswa itu meninggal pada Selasa. Kepada ayahnya, dia mengaku sakit perut setelah dipukul temannya.",
        [("indirect", "korban dipukul temannya", "Polisi", None),
         ("indirect", "sakit perut setelah dipukul temannya", None, None)],
        id="dia-after-a-body-as-the-only-source-is-no-body-s-and-keeps-its-quote"),
    pytest.param(
        "Anak itu dirawat di rumah sakit. Polisi mengatakan korban dipukul temannya.\n"
        "\"Korban datang ke kelas pelaku lalu memukulnya,\" jelasnya.",
        [("indirect", "korban dipukul temannya", "Polisi", None),
         ("direct", "Korban datang ke kelas pelaku lalu memukulnya,", "Polisi", None)],
        id="the-clitic-nya-after-a-body-as-the-only-source-is-the-body-s"),
    pytest.param(
        "Kapolres Budi Hartono mengatakan korban dipukul temannya.\n"
        "Siswa itu meninggal pada Selasa. Dia mengaku sudah memeriksa tiga saksi.",
        [("indirect", "korban dipukul temannya", "Budi Hartono", "Kapolres"),
         ("indirect", "sudah memeriksa tiga saksi", "Budi Hartono", "Kapolres")],
        id="dia-after-a-named-police-officer-is-the-officer-s"),
    pytest.param(
        "\"Warga belum sadar,\" kata Camat Sukamaju, Kabupaten Lebak, Budi Santoso, Sabtu (3/2).\n"
        "Wakil Kepala Satuan Lalu Lintas Kepolisian Resor Lebak Komisaris Budi mengatakan, pengendara sudah tertib.\n"
        "\"Kami mengajak warga memakai masker,\" kata Budi.",
        [("direct", "Warga belum sadar,", "Budi Santoso", "Camat Sukamaju, Kabupaten Lebak"),
         ("indirect", "pengendara sudah tertib", "Budi", "Wakil Kepala Satuan Lalu Lintas Kepolisian Resor Lebak"),
         ("direct", "Kami mengajak warga memakai masker,", "Budi", "Wakil Kepala Satuan Lalu Lintas Kepolisian Resor Lebak")],
        id="a-short-name-with-a-rank-and-another-office-is-a-namesake-of-a-known-full-name"),
    pytest.param(
        "\"Pasien terus bertambah,\" kata Budi Santoso, Ketua Satuan Tugas Covid-19 Kabupaten Lebak, Sabtu (3/2).\n"
        "Direktur Rumah Sakit Umum Daerah Lebak Budi mengatakan, ruang isolasi sudah penuh.\n"
        "\"Kami menambah tempat tidur,\" kata Budi.",
        [("direct", "Pasien terus bertambah,", "Budi Santoso", "Ketua Satuan Tugas Covid-19 Kabupaten Lebak"),
         ("indirect", "ruang isolasi sudah penuh", "Budi Santoso", "Ketua Satuan Tugas Covid-19 Kabupaten Lebak"),
         ("direct", "Kami menambah tempat tidur,", "Budi Santoso", "Ketua Satuan Tugas Covid-19 Kabupaten Lebak")],
        id="a-short-name-with-a-second-office-and-no-rank-is-the-known-person"),
    pytest.param(
        "\"Warga belum sadar,\" kata Camat Sukamaju, Kabupaten Lebak, Budi Santoso, Sabtu (3/2).\n"
        "Kasatlantas Komisaris Budi mengatakan, pengendara sudah tertib.\n"
        "\"Kami mengajak warga memakai masker,\" kata Budi.",
        [("direct", "Warga belum sadar,", "Budi Santoso", "Camat Sukamaju, Kabupaten Lebak"),
         ("indirect", "pengendara sudah tertib", "Budi Santoso", "Camat Sukamaju, Kabupaten Lebak"),
         ("direct", "Kami mengajak warga memakai masker,", "Budi Santoso", "Camat Sukamaju, Kabupaten Lebak")],
        id="a-short-name-with-a-rank-and-a-one-word-office-is-the-known-person"),
    pytest.param(
        "Kapolres Padang Kombes Andi Wirawan meninjau lokasi.\n"
        "Perwira menengah Polri itu menjelaskan bahwa petugas sudah mengantongi identitas pelaku.",
        [("indirect", "petugas sudah mengantongi identitas pelaku", "Andi Wirawan", "Kapolres Padang")],
        id="perwira-menengah-only-looks-like-a-verb-in-a-description-pointing-back"),
    pytest.param(
        "Kapolres Padang Kombes Andi Wirawan meninjau lokasi.\n"
        "\"Kami sudah tahu pelakunya,\" kata Andi menengahi perdebatan warga.",
        [("direct", "Kami sudah tahu pelakunya,", "Andi Wirawan", "Kapolres Padang")],
        id="the-verb-menengahi-after-a-name-still-ends-the-speaker"),
    pytest.param(
        "Rudi Hartono meluncurkan partai baru. \"Kami akan menang tahun depan,\" ia memposting pada hari Sabtu.",
        [("direct", "Kami akan menang tahun depan,", "Rudi Hartono", None)],
        id="memposting-after-a-quote-is-its-cue"),
    pytest.param(
        "Rudi Hartono meluncurkan partai. \"Kami akan menang,\" bos PT Maju itu memposting di X, platform media sosial miliknya.",
        [("direct", "Kami akan menang,", "Rudi Hartono", "bos PT Maju")],
        id="memposting-di-x-then-an-apposition-of-the-platform-reports-no-clause"),
    pytest.param(
        "Rudi Hartono mengunggah foto anaknya di Instagram. Ia juga menulis surat kepada bupati.",
        [],
        id="mengunggah-a-photo-and-menulis-a-letter-report-nothing"),
    pytest.param(
        "Ranti Ayu meneliti desa-desa di Jawa. Ayu menulis bahwa desa itu akan menjadi titik balik bagi petani.",
        [("indirect", "desa itu akan menjadi titik balik bagi petani", "Ranti Ayu", None)],
        id="menulis-bahwa-reports-a-clause"),
    pytest.param(
        "Menteri Desa Rudi Hartanto Wibowo (RHW) meninjau bendungan itu. "
        "Oleh karenanya RHW mengaku belum bisa menyampaikan jadwal peresmiannya.",
        [("indirect", "belum bisa menyampaikan jadwal peresmiannya", "Rudi Hartanto Wibowo", "Menteri Desa")],
        id="a-connective-of-two-words-before-an-acronym-name-is-no-part-of-the-speaker"),
    pytest.param(
        "Budi Santoso membuka rapat warga. Oleh karena itu Budi mengaku belum bisa menyampaikan hasilnya.",
        [("indirect", "belum bisa menyampaikan hasilnya", "Budi Santoso", None)],
        id="a-connective-of-three-words-before-a-name-is-no-role"),
    pytest.param(
        "Rapat warga digelar Senin. Untuk itu Ketua RT 05 Budi Santoso mengatakan semua warga harus hadir.",
        [("indirect", "semua warga harus hadir", "Budi Santoso", "Ketua RT 05")],
        id="a-connective-before-a-title-leaves-the-title"),
    pytest.param(
        "Anggota Komisi V, Rudi Hartono, menyoroti anggaran jalan. \"Anggaran harus cukup,\" kata Rudi.\n"
        "Lebih lanjut, ada juga Anggota Komisi V Fraksi Golkar, Sinta Dewi, yang secara khusus menyoroti badan baru.\n"
        "Menurutnya, badan ini memiliki posisi sangat penting.",
        [("direct", "Anggaran harus cukup,", "Rudi Hartono", "Anggota Komisi V"),
         ("indirect", "badan ini memiliki posisi sangat penting", "Sinta Dewi", "Anggota Komisi V Fraksi Golkar")],
        id="ada-juga-a-titled-person-after-an-opener-introduces-the-next-pronoun-s-referent"),
    pytest.param(
        "Anggota Komisi V, Rudi Hartono, menyoroti anggaran jalan. \"Anggaran harus cukup,\" kata Rudi.\n"
        "Lebih lanjut, ada juga laporan warga, Sinta Dewi, soal jalan rusak di desanya.\n"
        "Menurutnya, anggaran itu harus segera dicairkan.",
        [("direct", "Anggaran harus cukup,", "Rudi Hartono", "Anggota Komisi V"),
         ("indirect", "anggaran itu harus segera dicairkan", "Rudi Hartono", "Anggota Komisi V")],
        id="ada-juga-a-report-naming-a-person-introduces-no-new-referent"),
    pytest.param(
        "Wakil Ketua Komisi II dari fraksi PDIP, Suhartono mengatakan sudah mendengar pemangkasan anggaran itu.\n"
        "Hartono menyebut, pemkot harus berhemat.",
        [("indirect", "sudah mendengar pemangkasan anggaran itu", "Suhartono", "Wakil Ketua Komisi II dari fraksi PDIP"),
         ("indirect", "pemkot harus berhemat", "Suhartono", "Wakil Ketua Komisi II dari fraksi PDIP")],
        id="a-javanese-name-without-its-su-is-the-known-person"),
    pytest.param(
        "Wakil Ketua Komisi II dari fraksi PDIP, Suhartono mengatakan sudah mendengar pemangkasan anggaran itu.\n"
        "Hartono Wijaya, warga Solo, menyebut, pemkot harus berhemat.",
        [("indirect", "sudah mendengar pemangkasan anggaran itu", "Suhartono", "Wakil Ketua Komisi II dari fraksi PDIP"),
         ("indirect", "pemkot harus berhemat", "Hartono Wijaya", "warga Solo")],
        id="a-full-name-holding-a-known-name-without-its-su-is-another-person"),
    pytest.param(
        "Ketua RT Suhartono mengatakan jalan itu rusak.\nKetua RW Hartonoputro mengatakan dana sudah ada.\n"
        "Hartono menyebut, warga harus bersabar.",
        [("indirect", "jalan itu rusak", "Suhartono", "Ketua RT"),
         ("indirect", "dana sudah ada", "Hartonoputro", "Ketua RW"),
         ("indirect", "warga harus bersabar", "Hartono", None)],
        id="a-short-form-two-known-names-fit-stays-as-written"),
    pytest.param(
        "Kepala Dinas Sosial Made Sutarja menyebut data terkait nama 'Rusdi' tersebut sudah diserahkan kepada polisi.",
        [("indirect", "data terkait nama 'Rusdi' tersebut sudah diserahkan kepada polisi", "Made Sutarja", "Kepala Dinas Sosial")],
        id="a-name-in-single-marks-inside-a-reported-clause-keeps-it-indirect"),
    pytest.param(
        "Kepala Dinas Sosial Made Sutarja menyebut program \"Desa Hijau\" sudah berjalan di dua puluh desa sejak tahun lalu.",
        [("indirect", "program \"Desa Hijau\" sudah berjalan di dua puluh desa sejak tahun lalu", "Made Sutarja",
          "Kepala Dinas Sosial")],
        id="a-title-case-name-in-double-marks-inside-a-reported-clause-keeps-it-indirect"),
    pytest.param(
        "Kepala Dinas Sosial Made Sutarja juga menyinggung para pejabat 'titipan' di pemerintahan daerah.",
        [],
        id="a-term-in-single-marks-does-not-make-a-noun-phrase-object-a-quote"),
    pytest.param(
        "Ketua Kelompok Tani Harapan, Wayan Sudirta, menyebut kebijakan itu 'sangat keliru' bagi petani kecil.",
        [("mixed", "kebijakan itu 'sangat keliru' bagi petani kecil", "Wayan Sudirta", "Ketua Kelompok Tani Harapan")],
        id="an-evaluative-fragment-in-single-marks-makes-a-mixed-quote"),
    pytest.param(
        "Wayan Sudirta mengatakan desa itu memiliki 'harta karun' berupa mata air di lereng bukit.",
        [("indirect", "desa itu memiliki 'harta karun' berupa mata air di lereng bukit", "Wayan Sudirta", None)],
        id="a-two-word-term-in-single-marks-keeps-the-report-indirect"),
    pytest.param(
        "Kepala Dinas Sosial Made Sutarja juga menyatakan dukungan terhadap program \"Desa Hijau\" yang digagas warga.",
        [],
        id="a-name-in-double-marks-does-not-make-a-noun-phrase-object-a-quote"),
    pytest.param(
        "Kepala Dinas Sosial Made Sutarja menyebut kebijakan itu \"sangat keliru dan merugikan petani kecil\".",
        [("mixed", "kebijakan itu \"sangat keliru dan merugikan petani kecil\"", "Made Sutarja", "Kepala Dinas Sosial")],
        id="a-quoted-fragment-of-four-words-inside-a-reported-clause-is-still-mixed"),
    pytest.param(
        "Menteri Pertanian Budi Harjono mulanya menjelaskan ada tiga syarat utama yang harus dipenuhi petani sebelum panen.",
        [("indirect", "ada tiga syarat utama yang harus dipenuhi petani sebelum panen", "Budi Harjono", "Menteri Pertanian")],
        id="mulanya-between-the-subject-and-the-cue-keeps-the-subject"),
    pytest.param(
        "Menteri Pertanian Budi Harjono awalnya mengajak semua petani untuk tidak menjual gabah di bawah harga pemerintah.",
        [("indirect", "semua petani untuk tidak menjual gabah di bawah harga pemerintah", "Budi Harjono", "Menteri Pertanian")],
        id="awalnya-between-the-subject-and-a-request-cue-keeps-the-subject"),
    pytest.param(
        "Budi Harjono awalnya menolak tawaran itu. Dia akhirnya menyetujui rencana pembangunan pasar baru di desa itu.",
        [],
        id="awalnya-and-akhirnya-before-verbs-that-are-no-cues-make-no-quote"),
    pytest.param(
        "Kapolres Sleman AKBP Yuda Pratama menjelaskan pengamanan itu sesuai dengan prosedur yang berlaku di kepolisian.",
        [("indirect", "pengamanan itu sesuai dengan prosedur yang berlaku di kepolisian", "Yuda Pratama", "Kapolres Sleman")],
        id="a-weak-cue-then-a-subject-with-itu-and-an-adjective-predicate-is-a-report"),
    pytest.param(
        "Kapolres Sleman AKBP Yuda Pratama menyoroti langkah penting dalam pengamanan libur panjang.",
        [],
        id="an-adjective-right-after-the-object-noun-is-no-predicate-after-a-weak-cue"),
    pytest.param(
        "Kapolres Sleman AKBP Yuda Pratama menjelaskan kronologi kejadian itu secara rinci kepada wartawan.",
        [],
        id="a-demonstrative-then-no-predicate-adjective-is-an-object-after-a-weak-cue"),
    pytest.param(
        "\"Stok ikan masih aman,\" kata Menteri Kelautan/Kepala Badan Riset Kelautan (KKP/BRK).",
        [("direct", "Stok ikan masih aman,", "Menteri Kelautan/Kepala Badan Riset Kelautan (KKP/BRK)", None)],
        id="a-title-speaker-keeps-the-bracketed-short-form-of-its-office"),
    pytest.param(
        "Menteri Kelautan (Menkel), Hendra Wijaya, mengatakan stok ikan di perairan utara masih aman.",
        [("indirect", "stok ikan di perairan utara masih aman", "Hendra Wijaya", "Menteri Kelautan (Menkel)")],
        id="a-title-before-a-name-keeps-the-bracketed-short-form-in-the-role"),
    pytest.param(
        "\"Stok ikan masih aman,\" kata Menteri Kelautan (Warta, 11/11/2017).",
        [("direct", "Stok ikan masih aman,", "Menteri Kelautan", None)],
        id="a-bracketed-citation-after-a-title-speaker-is-no-short-form"),
    pytest.param(
        "Anggota DPRD Bali Made Sutarja mengingatkan Pemprov Bali agar kembali pada esensi pembangunan, yakni keselamatan warga.",
        [("indirect", "Pemprov Bali agar kembali pada esensi pembangunan, yakni keselamatan warga", "Made Sutarja",
          "Anggota DPRD Bali")],
        id="agar-after-the-hearer-of-a-weak-cue-opens-an-appeal-without-a-verb-form"),
    pytest.param(
        "Anggota DPRD Bali Made Sutarja menekankan pentingnya pengawasan agar tambang tetap aman.",
        [],
        id="agar-after-a-nominal-object-of-a-weak-cue-makes-no-appeal"),
    pytest.param(
        "Kuasa hukum warga, Anton Saragih, mendalilkan kerugian warga di persidangan.",
        [],
        id="mendalilkan-with-a-noun-phrase-is-no-report"),
    pytest.param(
        "Kepala Dinas Pangan Made Sutarja mengatakan dari tiga usulan tersebut, ada satu yang sudah disetujui.",
        [("indirect", "dari tiga usulan tersebut, ada satu yang sudah disetujui", "Made Sutarja", "Kepala Dinas Pangan")],
        id="a-part-of-a-whole-with-dari-before-a-comma-belongs-to-the-report"),
    pytest.param(
        "Kepala Dinas Pangan Made Sutarja menjelaskan saat tiap dinas memiliki data sendiri, terasa sekali ego sektoral.",
        [("indirect", "saat tiap dinas memiliki data sendiri, terasa sekali ego sektoral", "Made Sutarja",
          "Kepala Dinas Pangan")],
        id="a-time-clause-with-its-own-subject-before-a-comma-belongs-to-the-report"),
    pytest.param(
        "Kepala Dinas Pangan Made Sutarja mengatakan saat ditemui di kantornya, stok beras masih aman.",
        [("indirect", "stok beras masih aman", "Made Sutarja", "Kepala Dinas Pangan")],
        id="a-time-clause-of-the-saying-before-a-comma-stays-out-of-the-report"),
    pytest.param(
        "Kepala Dinas Pangan Made Sutarja mengatakan dari Denpasar, stok beras masih aman.",
        [("indirect", "stok beras masih aman", "Made Sutarja", "Kepala Dinas Pangan")],
        id="dari-and-a-place-name-before-a-comma-stays-out-of-the-report"),
    pytest.param(
        "Peneliti Rina Kusuma dari Universitas Bukit Hijau yang meneliti kasus itu mengatakan stok ikan masih aman.",
        [("indirect", "stok ikan masih aman", "Rina Kusuma", "Peneliti")],
        id="a-titled-name-then-dari-and-a-body-with-a-relative-clause-is-the-name"),
    pytest.param(
        "Wakil Ketua Komisi II dari Fraksi Partai Maju Arif Wibowo mengatakan stok ikan masih aman.",
        [("indirect", "stok ikan masih aman", "Arif Wibowo", "Wakil Ketua Komisi II dari Fraksi Partai Maju")],
        id="a-numbered-office-then-dari-and-a-body-is-the-title-of-the-name-after-it"),
    pytest.param(
        "\"Klien kami siap diperiksa,\" kata pengacara Rani Wulandari, Anton Saragih, kepada wartawan.\n"
        "Rani beralasan sakit dan meminta pemeriksaan ditunda.\n"
        "\"Kemarin itu dia kurang enak badan. Kami sudah siapkan jadwal ulang,\" ungkapnya.",
        [("direct", "Klien kami siap diperiksa,", "Anton Saragih", "pengacara Rani Wulandari"),
         ("indirect", "sakit dan meminta pemeriksaan ditunda", "Rani Wulandari", None),
         ("direct", "Kemarin itu dia kurang enak badan. Kami sudah siapkan jadwal ulang,", "Anton Saragih",
          "pengacara Rani Wulandari")],
        id="a-clitic-after-the-client-speaking-of-dia-is-the-lawyers"),
    pytest.param(
        "\"Klien kami siap diperiksa,\" kata pengacara Rani Wulandari, Anton Saragih, kepada wartawan.\n"
        "Rani kemudian memberikan keterangan kepada wartawan.\n"
        "\"Saya sudah siap menghadapi semua proses ini,\" ungkapnya.",
        [("direct", "Klien kami siap diperiksa,", "Anton Saragih", "pengacara Rani Wulandari"),
         ("direct", "Saya sudah siap menghadapi semua proses ini,", "Rani Wulandari", None)],
        id="a-clitic-after-the-client-speaking-in-the-first-person-is-the-clients"),
    pytest.param(
        "Budi Santoso kemudian meminta seorang temannya untuk mentransfer uang sejumlah Rp 5 juta.",
        [],
        id="kemudian-before-a-request-verb-is-a-step-in-a-story-no-quote"),
    pytest.param(
        "Budi Santoso kemudian meminta agar polisi segera mengusut kasus penipuan tersebut.",
        [("indirect", "polisi segera mengusut kasus penipuan tersebut", "Budi Santoso", None)],
        id="kemudian-before-a-request-verb-with-agar-is-still-an-appeal"),
    pytest.param(
        "Kapolres Andi Wirawan kemudian meminta warga untuk tidak panik menghadapi banjir susulan.",
        [("indirect", "warga untuk tidak panik menghadapi banjir susulan", "Andi Wirawan", "Kapolres")],
        id="kemudian-before-a-request-to-the-public-is-still-an-appeal"),
    pytest.param(
        "Gubernur Rina Susanti justru meminta masyarakat untuk tetap tenang selama pemadaman listrik.",
        [("indirect", "masyarakat untuk tetap tenang selama pemadaman listrik", "Rina Susanti", "Gubernur")],
        id="justru-before-a-request-to-the-public-is-still-an-appeal"),
    pytest.param(
        "Dedi Kurniawan lalu meminta istrinya untuk menjual perhiasan keluarga di pasar.",
        [],
        id="lalu-before-a-request-to-ones-wife-is-a-step-in-a-story-no-quote"),
    pytest.param(
        "Joko Prasetyo lantas meminta Sari Lestari untuk menyerahkan kunci gudang malam itu.",
        [],
        id="lantas-before-a-request-to-a-named-person-is-a-step-in-a-story-no-quote"),
    pytest.param(
        "Budi Santoso meminta pemerintah daerah untuk segera memperbaiki jalan desa.",
        [("indirect", "pemerintah daerah untuk segera memperbaiki jalan desa", "Budi Santoso", None)],
        id="a-request-verb-with-no-story-step-before-it-is-an-appeal"),
    pytest.param(
        "Made Sutarja mengatakan kepada Budi Harjono, Ketua DPRD Bali dan mantan bupati dua periode di Tabanan, "
        "bahwa ia tidak menyukai rencana itu.",
        [("indirect", "ia tidak menyukai rencana itu", "Made Sutarja", None)],
        id="a-long-hearer-after-kepada-ends-at-bahwa"),
    pytest.param(
        "Made Sutarja mengatakan kepada wartawan, stok beras masih aman hingga akhir tahun.",
        [("indirect", "stok beras masih aman hingga akhir tahun", "Made Sutarja", None)],
        id="a-hearer-after-kepada-with-no-bahwa-ends-at-the-comma"),
    pytest.param(
        "Kepala Humas Made Sutarja tidak hanya menyampaikan fakta hukum, tetapi juga menghadirkan narasi yang jernih.",
        [],
        id="tidak-hanya-before-a-cue-is-what-one-does-no-report"),
    pytest.param(
        "Kepala Humas Rudi Hartawan tidak hanya menegaskan bahwa jembatan itu aman dilalui. Ia juga meminta warga "
        "berhati-hati saat hujan.",
        [("indirect", "jembatan itu aman dilalui", "Rudi Hartawan", "Kepala Humas"),
         ("indirect", "warga berhati-hati saat hujan", "Rudi Hartawan", "Kepala Humas")],
        id="tidak-hanya-before-a-cue-with-bahwa-is-still-a-report"),
    pytest.param(
        "Kepala Humas Made Sutarja menyampaikan bahwa tidak hanya fakta hukum yang akan dibuka kepada publik.",
        [("indirect", "tidak hanya fakta hukum yang akan dibuka kepada publik", "Made Sutarja", "Kepala Humas")],
        id="tidak-hanya-after-a-cue-and-bahwa-is-part-of-the-report"),
    pytest.param(
        "Made Sutarja berujar kerja sama ini mencakup penyediaan data; pelatihan pegawai; hingga pemberdayaan warga.",
        [("indirect", "kerja sama ini mencakup penyediaan data; pelatihan pegawai; hingga pemberdayaan warga",
          "Made Sutarja", None)],
        id="a-list-in-semicolons-after-a-cue-is-one-report"),
    pytest.param(
        "Made Sutarja mengatakan pasokan beras aman; harga cabai justru naik tajam di pasar induk.",
        [("indirect", "pasokan beras aman", "Made Sutarja", None)],
        id="a-single-semicolon-still-ends-the-report"),
    pytest.param(
        "Kapolres Sleman AKBP Yuda Pratama menjelaskan pengamanan ini dalam rangka menjaga pelayanan publik.",
        [("indirect", "pengamanan ini dalam rangka menjaga pelayanan publik", "Yuda Pratama", "Kapolres Sleman")],
        id="a-subject-with-ini-then-dalam-rangka-is-a-report-after-a-weak-cue"),
    pytest.param(
        "Kapolres Sleman AKBP Yuda Pratama menjelaskan kronologi kejadian itu dalam rapat bersama warga.",
        [],
        id="a-subject-with-itu-then-dalam-and-a-noun-is-an-object-after-a-weak-cue"),
    pytest.param(
        "Kuasa hukum warga, Anton Saragih, mendalilkan para tergugat melanggar aturan tata ruang kota.",
        [("indirect", "para tergugat melanggar aturan tata ruang kota", "Anton Saragih", "Kuasa hukum warga")],
        id="mendalilkan-with-a-clause-is-a-report"),
    pytest.param(
        "Perkara ini bermula saat Wulan menuding Darsono merupakan pemilik kebun tersebut.",
        [("indirect", "Darsono merupakan pemilik kebun tersebut", "Wulan", None)],
        id="bermula-saat-opens-a-time-clause-whose-subject-reports"),
    pytest.param(
        "Sengketa itu berawal ketika Kepala Desa Ngargo, Sutikno Harjo, mengatakan lahan itu milik kas desa.",
        [("indirect", "lahan itu milik kas desa", "Sutikno Harjo", "Kepala Desa Ngargo")],
        id="berawal-ketika-then-a-titled-name-reports"),
    pytest.param(
        "Kecelakaan bermula saat truk bermuatan pasir melaju kencang dari arah Parung menuju Ciseeng.",
        [],
        id="bermula-saat-without-a-cue-is-no-report"),
    pytest.param(
        'Perkara ini bermula saat Wulan menuding DS merupakan pemilik kebun. DS yang tidak terima lalu melapor ke polisi.\nDS dan Wulan sempat menjalani mediasi yang difasilitasi oleh kecamatan. Hasil mediasi itu menunjukkan bahwa kebun Wulan tidak bersertifikat.\n\nPerkara ini lalu naik ke penyidikan. Penyidik lalu menetapkan Wulan sebagai tersangka.\nPengumuman tersangka itu dikonfirmasi oleh Kasubdit II Reskrimum Polda Jambi, Kombes Hasan Basri, Senin (3/2/2025). Dia menyebut Wulan sudah menerima surat panggilan pada Jumat (31/1) malam.',
        [("indirect", "DS merupakan pemilik kebun", "Wulan", None),
         ("indirect", "Wulan sudah menerima surat panggilan pada Jumat (31/1) malam", "Hasan Basri",
          "Kasubdit II Reskrimum Polda Jambi")],
        id="the-source-of-a-case-origin-and-a-short-name-pair-take-no-later-dia"),
    pytest.param(
        "Sengketa lahan itu merujuk pada putusan MA nomor 12/2023 yang pada intinya menyebut lembaga negara tidak bisa menggugat warga.",
        [("indirect", "lembaga negara tidak bisa menggugat warga", "putusan MA nomor 12/2023", None)],
        id="a-numbered-document-before-yang-then-a-stating-cue-reports"),
    pytest.param(
        "Program ini sejalan dengan pasal 12 ayat 3 Perda Nomor 4 Tahun 2020 yang menyatakan setiap desa wajib memiliki koperasi.",
        [("indirect", "setiap desa wajib memiliki koperasi", "Perda Nomor 4 Tahun 2020", None)],
        id="the-document-nearest-yang-is-the-source"),
    pytest.param(
        "Dinas Pertanian menyatakan menghormati putusan MA yang menyebut lembaga negara tidak bisa menggugat warga.",
        [("indirect", "menghormati putusan MA yang menyebut lembaga negara tidak bisa menggugat warga", "Dinas Pertanian", None)],
        id="a-document-relative-inside-another-report-stays-in-it"),
    pytest.param(
        "Surat itu dikirim oleh warga yang menyatakan jalan desa rusak parah sejak Januari.",
        [],
        id="a-relative-clause-on-a-noun-after-the-document-is-not-the-documents"),
    pytest.param(
        "Di tengah kebutuhan pedoman yang mendesak itu, panitia menyiapkan surat edaran baru untuk seluruh peserta.",
        [],
        id="a-cue-lookalike-adjective-after-a-document-yang-is-no-report"),
    pytest.param(
        "Direktur Mitra Nelayan Sejahtera Rudi Hartono mengatakan, harga ikan naik pekan ini.",
        [("indirect", "harga ikan naik pekan ini", "Rudi Hartono", "Direktur Mitra Nelayan Sejahtera")],
        id="a-body-names-closing-word-before-two-capitalised-words-ends-the-role"),
    pytest.param(
        "Ketua Koperasi Karya Tani Makmur Jaya Budi Santoso mengatakan, harga pupuk naik.",
        [("indirect", "harga pupuk naik", "Budi Santoso", "Ketua Koperasi Karya Tani Makmur Jaya")],
        id="a-body-names-last-closing-word-ends-the-role"),
    pytest.param(
        "Menteri Sosial Jaya Kusuma Wardana mengatakan, harga ikan naik pekan ini.",
        [("indirect", "harga ikan naik pekan ini", "Jaya Kusuma Wardana", "Menteri Sosial")],
        id="a-closing-word-after-a-title-and-field-only-opens-the-name"),
    pytest.param(
        "Ketua Andi Jaya Kusuma Putra mengatakan, harga ikan naik.",
        [("indirect", "harga ikan naik", "Andi Jaya Kusuma Putra", "Ketua")],
        id="a-closing-word-after-a-given-name-stays-in-the-name"),
    pytest.param(
        "Joko Santoso, presiden klub itu, mengatakan, stadion baru siap dipakai. Rina mengatakan, "
        "jalan tol itu sudah siap dipakai. \"Kita lihat nanti,\" kata presiden kepada wartawan.",
        [("indirect", "stadion baru siap dipakai", "Joko Santoso", "presiden klub itu"),
         ("indirect", "jalan tol itu sudah siap dipakai", "Rina", None),
         ("direct", "Kita lihat nanti,", "Joko Santoso", "presiden klub itu")],
        id="a-bare-office-is-the-one-person-an-apposition-gave-it"),
    pytest.param(
        "Joko Santoso, presiden klub itu, mengatakan, stadion baru siap dipakai. Budi Hartono, presiden "
        "komunitas pelari, mengatakan, lintasan sudah siap. Rina mengatakan, jalan tol itu sudah siap "
        "dipakai. \"Kita lihat nanti,\" kata presiden kepada wartawan.",
        [("indirect", "stadion baru siap dipakai", "Joko Santoso", "presiden klub itu"),
         ("indirect", "lintasan sudah siap", "Budi Hartono", "presiden komunitas pelari"),
         ("indirect", "jalan tol itu sudah siap dipakai", "Rina", None),
         ("direct", "Kita lihat nanti,", "presiden", None)],
        id="a-bare-office-two-appositions-gave-stays-as-written"),
    pytest.param(
        "Joko Santoso, Ketua Klub Garuda, mengatakan, stadion baru siap dipakai.",
        [("indirect", "stadion baru siap dipakai", "Joko Santoso", "Ketua Klub Garuda")],
        id="a-capitalised-club-in-an-apposition-is-the-role-not-the-speaker"),
    pytest.param(
        "Klub Garuda menyatakan, stadion baru siap dipakai.",
        [("indirect", "stadion baru siap dipakai", "Klub Garuda", None)],
        id="a-club-and-its-name-is-one-body"),
    pytest.param(
        "Joko Santoso, pelatih klub Garuda, mengatakan, stadion baru siap dipakai.",
        [("indirect", "stadion baru siap dipakai", "Joko Santoso", "pelatih klub Garuda")],
        id="a-lower-case-club-in-an-apposition-stays-in-the-role"),
    pytest.param(
        "Pelatih kedua tim sepakat bahwa lapangan yang basah membuat laga tidak imbang.",
        [("indirect", "lapangan yang basah membuat laga tidak imbang", "Pelatih kedua tim", None)],
        id="a-group-agreeing-that-a-clause-holds-voices-it"),
    pytest.param(
        "Pelatih kedua tim sepakat untuk menunda laga sampai lapangan kering.",
        [],
        id="a-group-agreeing-to-act-voices-no-view"),
    pytest.param(
        "Pelatih kedua tim sepakat lapangan yang basah membuat laga tidak imbang.",
        [],
        id="a-group-agreeing-without-bahwa-is-no-report"),
    pytest.param(
        "Bendahara koperasi itu digugat Wulan Sari di pengadilan negeri pekan lalu. Penggugat menilai "
        "bahwa uang simpanan anggota dipakai untuk membeli tanah.",
        [("indirect", "uang simpanan anggota dipakai untuk membeli tanah", "Wulan Sari", None)],
        id="the-claimant-is-the-one-the-case-was-brought-by"),
    pytest.param(
        "Bendahara koperasi itu digugat Wulan Sari dan Anton Wibowo di pengadilan negeri pekan lalu. Para "
        "penggugat menilai bahwa uang simpanan anggota dipakai untuk membeli tanah.",
        [("indirect", "uang simpanan anggota dipakai untuk membeli tanah", "Para penggugat", None)],
        id="the-claimants-of-a-case-two-brought-stay-as-written"),
    pytest.param(
        "Gugatan itu dibacakan di ruang sidang utama pada Kamis siang. Penggugat menilai bahwa uang "
        "simpanan anggota dipakai untuk membeli tanah.",
        [("indirect", "uang simpanan anggota dipakai untuk membeli tanah", "Penggugat", None)],
        id="the-claimant-with-no-one-named-stays-as-written"),
    pytest.param(
        "Kasus itu dilaporkan Senin (12/5) ke Polda Jawa Barat. Pelapor menyebut kerugian mencapai Rp 2 miliar.",
        [("indirect", "kerugian mencapai Rp 2 miliar", "Pelapor", None)],
        id="a-day-after-dilaporkan-is-no-one-who-reported"),
    pytest.param(
        "Sebelumnya dilaporkan Kompas, proyek itu mangkrak. Pelapor menyebut kerugian mencapai Rp 2 miliar.",
        [("indirect", "proyek itu mangkrak", "Kompas", None),
         ("indirect", "kerugian mencapai Rp 2 miliar", "Pelapor", None)],
        id="an-outlet-after-reportedly-is-no-one-who-reported"),
    pytest.param(
        "Rina Marlina digugat PT Sinar Maju ke pengadilan. Penggugat menyatakan kontrak itu batal.",
        [("indirect", "kontrak itu batal", "Penggugat", None)],
        id="a-firm-that-sued-is-no-person-for-the-claimant"),
    pytest.param(
        "Proyek itu digugat LSM Wahana Hijau ke pengadilan. Penggugat menyatakan izin lingkungan itu cacat.",
        [("indirect", "izin lingkungan itu cacat", "Penggugat", None)],
        id="a-body-named-by-its-letters-is-no-person-for-the-claimant"),
    pytest.param(
        "Proyek itu digugat Ketua Koperasi Tani Budi Santoso ke pengadilan. Penggugat menyatakan izin "
        "lingkungan itu cacat.",
        [("indirect", "izin lingkungan itu cacat", "Budi Santoso", "Ketua Koperasi Tani")],
        id="a-titled-person-who-sued-is-the-claimant"),
    pytest.param(
        "Seperti dilaporkan Dimas Aryo dari Cirebon, tanggul itu jebol. Pelapor menyebut sawah warga terendam.",
        [("indirect", "sawah warga terendam", "Pelapor", None)],
        id="as-reported-by-a-reporter-is-no-one-who-reported-a-case"),
    pytest.param(
        "Tanggul itu dilaporkan Dimas Aryo ke dinas pengairan. Pelapor menyebut sawah warga terendam.",
        [("indirect", "sawah warga terendam", "Dimas Aryo", None)],
        id="a-person-who-reported-a-case-is-the-reporter"),
    pytest.param(
        "Kepala Seksi Hidrologi Rina Wati Siregar mengatakan debit sungai turun separuh sejak Mei.",
        [("indirect", "debit sungai turun separuh sejak Mei", "Rina Wati Siregar", "Kepala Seksi Hidrologi")],
        id="a-sub-unit-field-the-dictionary-lacks-stays-in-the-title"),
    pytest.param(
        "Kepala Bidang Irigasi Jaya Putra Sembiring mengatakan pintu air di hulu sudah diperbaiki.",
        [("indirect", "pintu air di hulu sudah diperbaiki", "Jaya Putra Sembiring", "Kepala Bidang Irigasi")],
        id="a-bidang-field-the-dictionary-lacks-stays-in-the-title"),
    pytest.param(
        "Kepala Bidang Pertanian Rina Wati Siregar mengatakan debit sungai turun separuh sejak Mei.",
        [("indirect", "debit sungai turun separuh sejak Mei", "Rina Wati Siregar", "Kepala Bidang Pertanian")],
        id="a-sub-unit-field-the-dictionary-knows-is-read-as-before"),
    pytest.param(
        "Sinta menilai harga sewa kios di Batam terlalu mahal. Ia lalu pindah ke Garut bersama kedua "
        "anaknya. Baginya, kota kecil itu tempat paling tenang untuk membesarkan anak.",
        [("indirect", "harga sewa kios di Batam terlalu mahal", "Sinta", None)],
        id="baginya-after-narration-with-no-report-around-is-no-view"),
    pytest.param(
        "Sinta menilai harga sewa kios di Batam terlalu mahal. Ia lalu pindah ke Garut bersama kedua "
        "anaknya. Baginya, kota kecil itu tempat paling tenang untuk membesarkan anak. Menurut Sinta, "
        "sekolah di sana juga cukup baik.",
        [("indirect", "harga sewa kios di Batam terlalu mahal", "Sinta", None),
         ("indirect", "kota kecil itu tempat paling tenang untuk membesarkan anak", "Sinta", None),
         ("indirect", "sekolah di sana juga cukup baik", "Sinta", None)],
        id="baginya-before-a-report-of-hers-is-her-view"),
    pytest.param(
        "Sinta menilai harga sewa kios di Batam terlalu mahal. Baginya, kota kecil itu tempat paling "
        "tenang untuk membesarkan anak.",
        [("indirect", "harga sewa kios di Batam terlalu mahal", "Sinta", None),
         ("indirect", "kota kecil itu tempat paling tenang untuk membesarkan anak", "Sinta", None)],
        id="baginya-right-after-a-report-of-hers-is-her-view"),
    pytest.param(
        "Sinta menilai harga sewa kios di Batam terlalu mahal. Ia lalu pindah ke Garut bersama kedua "
        "anaknya. Bagi dia, kota kecil itu tempat paling tenang untuk membesarkan anak. Menurut Sinta, "
        "sekolah di sana juga cukup baik.",
        [("indirect", "harga sewa kios di Batam terlalu mahal", "Sinta", None),
         ("indirect", "kota kecil itu tempat paling tenang untuk membesarkan anak", "Sinta", None),
         ("indirect", "sekolah di sana juga cukup baik", "Sinta", None)],
        id="bagi-dia-before-a-report-of-hers-is-her-view"),
    pytest.param(
        "Sinta menilai harga sewa kios di Batam terlalu mahal. Ia lalu pindah ke Garut bersama kedua "
        "anaknya. Bagi dia, kota kecil itu tempat paling tenang untuk membesarkan anak.",
        [("indirect", "harga sewa kios di Batam terlalu mahal", "Sinta", None)],
        id="bagi-dia-after-narration-with-no-report-around-is-no-view"),
    pytest.param(
        "Harga jagung di pasar itu naik dua kali lipat dalam sebulan. Hal ini pernah dituliskan Yusuf "
        "Hakim dalam kolomnya.",
        [("indirect", "Harga jagung di pasar itu naik dua kali lipat dalam sebulan", "Yusuf Hakim", None)],
        id="a-statement-written-by-a-source-after-the-fact-is-theirs"),
    pytest.param(
        "Novel itu ditulis Yusuf Hakim pada 2011. Ceritanya tentang nelayan di Pangandaran.",
        [],
        id="a-work-written-by-someone-is-no-statement"),
]




@pytest.mark.parametrize("text, expected", ID_CASES)
def test_indonesian(text, expected):
    assert run(text, "id") == expected


#: An invented news report and readers' comments under it.
_FARES_NEWS = (
    "Rail fares in the county will rise by 4% in March, the operator has announced.\n\n"
    "Transport chief Owen Tarrant said the money would pay for longer trains. "
    "\"We have listened to passengers,\" he said.\n\n"
    "Campaigner Lydia Farrow said the rise was \"a slap in the face\" for commuters.\n\n")
_FARES_QUOTES = [
    ("indirect", "the money would pay for longer trains", "Owen Tarrant", "Transport chief"),
    ("direct", "We have listened to passengers,", "Owen Tarrant", "Transport chief"),
    ("mixed", "the rise was \"a slap in the face\" for commuters", "Lydia Farrow", "Campaigner")]
_FARES_COMMENTS = (
    "I can't believe it. I pay more every year and the trains are still late!\n\n"
    "My season ticket already costs a fortune. Why should I pay more?\n\n"
    "When the strike began I told my manager that the trains would never run on time again.\n\n"
    "I think the operator has done well. Longer trains are what we need.\n\n"
    "Another rise? I will drive instead.")
_FARES_SIGNED = (
    "I can't believe it. I pay more every year and the trains are still late!\nMartin Cole, Ipswich\n\n"
    "My season ticket already costs a fortune. Why should I pay more?\nJenny Alder, Harwich\n\n"
    "When the strike began I told my manager that the trains would never run on time again.\n"
    "Peter Voss, Colchester\n\n"
    "I think the operator has done well. My brother Tom Reilly says the new trains are worse than the old ones.\n"
    "Saira Bell, Braintree")


EN_CASES = [
    pytest.param(
        "Ola Berg runs the port. The harbour levy must be scrapped, a senior shipping figure has warned.",
        [("indirect", "The harbour levy must be scrapped", "a senior shipping figure", None)],
        id="a-described-figure-closing-the-sentence-after-the-report-is-a-person-source"),
    pytest.param(
        "Ola Berg runs the port. Cargo volumes fell again in June, official figures have shown.",
        [],
        id="plural-figures-closing-the-sentence-are-numbers-not-a-source"),
    pytest.param(
        "Ola Berg coaches the rowing club. Ms Berg is confident though: \"I think the crew can win the regatta. "
        "They train every morning.\"",
        [("direct", "I think the crew can win the regatta. They train every morning.", "Ola Berg", None)],
        id="a-named-subject-with-be-and-a-stance-adjective-before-a-colon-speaks-the-quote"),
    pytest.param(
        "Ola Berg coaches the rowing club. She was blunt: \"The crew rowed badly today.\"",
        [("direct", "The crew rowed badly today.", "Ola Berg", None)],
        id="a-pronoun-subject-with-be-and-a-stance-adjective-before-a-colon-speaks-the-quote"),
    pytest.param(
        "Ola Berg coaches the rowing club. The mood was upbeat: \"The crew rowed well today.\"",
        [],
        id="a-stance-adjective-after-a-subject-that-is-no-person-gives-no-speaker"),
    pytest.param(
        "Ola Berg studies ports. But, says Ola Berg, chief analyst at Harbour Trust, it was not the strike that "
        "slowed the ships.",
        [("indirect", "it was not the strike that slowed the ships", "Ola Berg", "chief analyst at Harbour Trust")],
        id="an-apposed-title-after-an-inverted-cue-and-name-is-the-role-not-the-report"),
    pytest.param(
        "Ola Berg studies ports. And, says Ola Berg, a shipping lawyer, the new cranes are too slow.",
        [("indirect", "the new cranes are too slow", "Ola Berg", "a shipping lawyer")],
        id="an-indefinite-apposed-title-after-an-inverted-cue-is-the-role"),
    pytest.param(
        "Ola Berg studies ports. But, says Ola Berg, the real trouble, as always, is the fee on cargo.",
        [("indirect", "the real trouble, as always, is the fee on cargo", "Ola Berg", None)],
        id="a-noun-phrase-with-no-title-after-an-inverted-cue-opens-the-report-and-is-no-role"),
    pytest.param(
        "The Red Kites won the shield. The choir - whose first tour sold out - thanked \"every loyal listener\", "
        "adding: \"We owe the whole season to you.\"",
        [("direct", "We owe the whole season to you.", "The choir", None)],
        id="a-participle-cue-after-a-quoted-term-is-the-doer-who-opens-the-sentence"),
    pytest.param(
        "Ola Berg won the shield. She praised the \"patient coaches\", adding: \"They never gave up on us.\"",
        [("direct", "They never gave up on us.", "Ola Berg", None)],
        id="a-participle-cue-after-a-quoted-term-is-the-pronoun-subjects"),
    pytest.param(
        "Ola Berg won the shield. In her speech - a short one - she thanked \"all the coaches\", adding: "
        "\"They never gave up on us.\"",
        [],
        id="a-phrase-before-a-dash-aside-that-opens-with-a-preposition-is-no-doer"),
    pytest.param(
        "Ann Lee, an analyst, says customers are impatient.\n\nIn what Acme Data calls an \"alarming development\", "
        "the average training time fell last year, leaving \"clerks not trained to handle refunds\". This, Ms Lee "
        "warns, is \"alarming\" and bad for sales as well.",
        [("indirect", "customers are impatient", "Ann Lee", "an analyst"),
         ("mixed", "This, Ms Lee warns, is \"alarming\" and bad for sales as well", "Ann Lee", "an analyst")],
        id="a-cue-set-off-inside-the-next-sentence-is-no-post-cue-of-a-quote-before-the-stop"),
    pytest.param(
        "Ann Lee, an analyst, was asked about the fall. \"It is scary\". Ms Lee said.",
        [("direct", "It is scary", "Ann Lee", "an analyst")],
        id="a-cue-opening-the-next-sentence-after-the-stop-is-still-the-quotes"),
    pytest.param(
        "Reminded that Hale called him \"a disgrace\", Reed added: \"I never answer such taunts.\"",
        [("mixed", "him \"a disgrace\"", "Hale", None),
         ("direct", "I never answer such taunts.", "Reed", None)],
        id="a-named-cue-with-a-colon-after-a-quoted-label-ends-the-naming-report"),
    pytest.param(
        "Hale said it was \"a disgrace\", and Reed added: \"I do not care at all.\"",
        [("mixed", "it was \"a disgrace\"", "Hale", None),
         ("direct", "I do not care at all.", "Reed", None)],
        id="and-a-named-cue-with-a-colon-after-a-quoted-fragment-ends-the-report"),
    pytest.param(
        "Hale called him \"a disgrace\" on Sunday.",
        [("mixed", "him \"a disgrace\" on Sunday", "Hale", None)],
        id="a-quoted-label-then-a-time-stays-in-the-naming-report"),
    pytest.param(
        "US Customs claimed Mr Reed was one of the leaders but his lawyer, Tom Hale, told the Valley Gazette it was "
        "an absurd claim and added: \"He was poor.\"",
        [("indirect", "Mr Reed was one of the leaders", "US Customs", None),
         ("indirect", "it was an absurd claim", "Tom Hale", None),
         ("direct", "He was poor.", "Tom Hale", None)],
        id="but-a-noun-and-an-apposed-name-open-a-clause-whose-subject-the-added-quote-takes"),
    pytest.param(
        "Port Police said Mr Reed was rich and added: \"He was poor.\"",
        [("indirect", "Mr Reed was rich", "Port Police", None),
         ("direct", "He was poor.", "Port Police", None)],
        id="and-added-after-a-plain-report-stays-with-the-sentences-subject"),
    pytest.param(
        "Tom Hale told the BBC it was an absurd claim and added: \"He was sleeping in his van.\"",
        [("indirect", "it was an absurd claim", "Tom Hale", None),
         ("direct", "He was sleeping in his van.", "Tom Hale", None)],
        id="told-a-hearer-a-clause-and-added-a-quote-is-two-quotes"),
    pytest.param(
        "Tom Hale told the BBC on Friday and added: \"He was sleeping in his van.\"",
        [("direct", "He was sleeping in his van.", "Tom Hale", None)],
        id="told-a-hearer-a-time-and-added-a-quote-reports-no-clause"),
    pytest.param(
        "Ann Lee told the panel of the open resentment stirred by her move to the top floor: \"You were only picked "
        "for your smile.\" Another current member of the board says she was told: \"Whose favour did you buy?\"",
        [("direct", "You were only picked for your smile.", "Ann Lee", None),
         ("direct", "Whose favour did you buy?", "Another current member of the board", None)],
        id="says-she-was-told-colon-is-the-tellers-report-and-a-far-told-of-topic-colon-is-a-cue"),
    pytest.param(
        "The board met on Monday. Ann Lee told the panel of the plan which Tom Hale had drafted with the staff: "
        "\"We will go ahead.\"",
        [],
        id="a-far-told-whose-topic-holds-a-clause-is-no-cue-for-the-colon-quote"),
    pytest.param(
        "Tom Hale has dismissed reports he would quit before the election.\n\n"
        "\"You don't do deals,\" the first minister told a radio show. Mr Hale said the claims were old.\n\n"
        "Opposition leader Ann Lee said the pair were squabbling. \"It is a farce,\" she said.\n\n"
        "There was talk of a rift after Mr Hale's decision to hold a press conference. "
        "But the first minister said he had raised the rumours with his deputy.",
        [("direct", "You don't do deals,", "Tom Hale", None),
         ("indirect", "the claims were old", "Tom Hale", None),
         ("indirect", "the pair were squabbling", "Ann Lee", "Opposition leader"),
         ("direct", "It is a farce,", "Ann Lee", "Opposition leader"),
         ("indirect", "he had raised the rumours with his deputy", "Tom Hale", None)],
        id="a-description-once-read-as-a-named-person-stays-that-person"),
    pytest.param(
        "Tom Hale has dismissed reports he would quit before the election.\n\n"
        "\"You don't do deals,\" the prime minister told a radio show.\n\n"
        "Later Prime Minister Ann Lee took office. But the prime minister said the claims were old.",
        [("direct", "You don't do deals,", "Tom Hale", None),
         ("indirect", "the claims were old", "Ann Lee", "Prime Minister")],
        id="a-description-read-as-one-person-yields-to-a-person-later-given-that-title"),
    pytest.param(
        "Fly-half Tom Hale was happy to let Dan Price take the kick. \"He had a superb game,\" Hale said.\n\n"
        "\"People want to see us win,\" said a proud coach Mark Reed.\n\n"
        "None more so than Price, who can now expect the spotlight. The calm 21-year-old shrugs off the fuss. "
        "\"I felt sharp,\" he said.",
        [("direct", "He had a superb game,", "Tom Hale", "Fly-half"),
         ("direct", "People want to see us win,", "Mark Reed", "a proud coach"),
         ("direct", "I felt sharp,", "Dan Price", None)],
        id="a-person-singled-out-by-none-more-so-than-takes-the-next-pronoun"),
    pytest.param(
        "Fly-half Tom Hale was happy. \"He had a superb game,\" Hale said.\n\n"
        "None more so than the fans, who sang all day. \"It was loud,\" he said.",
        [("direct", "He had a superb game,", "Tom Hale", "Fly-half"),
         ("direct", "It was loud,", "Tom Hale", "Fly-half")],
        id="a-group-singled-out-by-none-more-so-than-leaves-the-pronoun-to-the-speaker"),
    pytest.param(
        "Shares in Dalton Foods fell 5% after reporting 'unsatisfactory' earnings for the quarter.",
        [],
        id="a-cue-with-a-noun-object-holding-a-quoted-modifier-is-no-report"),
    pytest.param(
        "The home secretary, Mark Ellison, promised a 'firm but fair' policy on asylum.",
        [],
        id="a-promise-of-a-noun-with-a-quoted-modifier-is-no-report"),
    pytest.param(
        "The regulator said 'rogue' traders were to blame.",
        [("mixed", "'rogue' traders were to blame", "The regulator", None)],
        id="a-quoted-modifier-in-the-subject-of-a-reported-clause-stays-a-report"),
    pytest.param(
        "The minister warned 'dark days' lie ahead for the industry.",
        [("mixed", "'dark days' lie ahead for the industry", "The minister", None)],
        id="a-quoted-subject-then-a-bare-verb-stays-a-report"),
    pytest.param(
        "Anglo-Scots drinks giant Marlow is to close ten shops after reporting \"weak\" earnings for the year. "
        "It blamed the rain. Marlow, which owns two brands, said sales fell 3%.",
        [("indirect", "sales fell 3%", "Marlow", "Anglo-Scots drinks giant")],
        id="a-firm-named-by-one-word-after-an-opening-description-keeps-it-as-role"),
    pytest.param(
        "Analysts at Dunmore think drinks giant Marlow is to close ten shops. Marlow said sales fell 3%.",
        [("indirect", "sales fell 3%", "Marlow", None)],
        id="a-firms-description-inside-a-clause-is-no-role"),
    pytest.param(
        "Mayor Tom Birch ran the board. \"We won,\" Birch said. His eyes darted around the room, as if to say, "
        "\"Did everyone catch that trick?\"",
        [("direct", "We won,", "Tom Birch", "Mayor")],
        id="words-a-look-seems-to-say-as-if-to-say-are-no-quote"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch smiled and said, \"Did everyone catch that trick?\"",
        [("direct", "Did everyone catch that trick?", "Tom Birch", "Mayor")],
        id="smiled-and-said-before-a-quote-still-quotes"),
    pytest.param(
        "Mayor Tom Birch ran the board. Regarding the letters between Birch and his staff, the campaign said in a press note: "
        "\"Nothing improper happened.\"",
        [("direct", "Nothing improper happened.", "the campaign", None)],
        id="a-regarding-topic-before-an-inverted-cue-is-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Regarding the emails, nothing improper happened, the campaign said.",
        [("indirect", "Regarding the emails, nothing improper happened", "the campaign", None)],
        id="a-regarding-topic-and-a-clause-before-an-inverted-cue-is-a-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Diners may not let critics tell them how to eat, but they still read every review.",
        [],
        id="tell-them-how-to-then-a-comma-reports-no-next-clause"),
    pytest.param(
        "As Birch argued the taxes were too high, Mayor Lee cut them.",
        [("indirect", "the taxes were too high", "Birch", None)],
        id="opening-as-clause-with-its-report-ends-at-the-comma"),
    pytest.param(
        "As Birch noted in a column, the taxes were too high.",
        [("indirect", "the taxes were too high", "Birch", None)],
        id="opening-as-clause-with-a-comma-after-its-cue-reports-the-main-clause"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch told reporters, in a brief statement, the vote was rigged.",
        [("indirect", "the vote was rigged", "Tom Birch", "Mayor")],
        id="told-hearer-then-a-comma-set-adverbial-is-outside-the-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch told reporters, at a rally in Ely on Monday, his rival had lied.",
        [("indirect", "his rival had lied", "Tom Birch", "Mayor")],
        id="told-hearer-then-a-long-comma-set-adverbial-is-outside-the-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch told reporters, in Ely, about the storm and the flood.",
        [],
        id="told-hearer-then-a-comma-set-adverbial-then-a-topic-is-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch told reporters, smiling, that the vote was over.",
        [("indirect", "the vote was over", "Tom Birch", "Mayor")],
        id="told-a-hearer-and-an-aside-then-that-still-reports"),
    pytest.param(
        "Mayor Tom Birch ran the board. At his cookout, Birch called party leaders to the stage, singing \"Our Time.\"",
        [],
        id="calling-people-to-the-stage-is-a-summons-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch called a report linking donors to the foundation \"outrageous.\"",
        [("mixed", 'a report linking donors to the foundation "outrageous."', "Tom Birch", "Mayor")],
        id="a-label-in-marks-after-an-object-with-to-is-still-a-mixed-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Her appointment sends a strong signal that racism will not be tolerated.",
        [],
        id="a-bare-cue-form-after-a-and-an-adjective-is-a-noun"),
    pytest.param(
        "Mayor Tom Birch ran the board. A few say that Birch will run again.",
        [("indirect", "Birch will run again", "A few", None)],
        id="a-few-before-a-bare-cue-form-is-its-plural-subject"),
    pytest.param(
        "Mayor Tom Birch ran the board. A spokesman wrote that Birch will run again.",
        [("indirect", "Birch will run again", "A spokesman", None)],
        id="an-irregular-past-cue-after-a-and-a-noun-is-still-a-verb"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch, visibly annoyed, responded by pointing a finger at the camera crew.",
        [],
        id="pointing-a-finger-is-a-gesture-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch answered the critics, pointing out that taxes had fallen.",
        [("indirect", "taxes had fallen", "Tom Birch", "Mayor")],
        id="pointing-out-that-still-reports"),
    pytest.param(
        "Mayor Tom Birch ran the board. One of the many reasons that Birch refuses to release his taxes may be that he owes money.",
        [],
        id="a-cue-form-after-a-determiner-and-many-is-a-noun"),
    pytest.param(
        "Mayor Tom Birch ran the board. Many say that Birch refuses to release his taxes.",
        [("indirect", "Birch refuses to release his taxes", "Many", None)],
        id="many-alone-before-a-cue-is-still-its-subject"),
    pytest.param(
        "Mayor Tom Birch ran the board. The attack hit Birch harder than the others, and he responded with a long angry letter.",
        [],
        id="a-clause-before-and-then-a-cue-is-no-inverted-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. The attack hit Birch harder than the others, he responded.",
        [("indirect", "The attack hit Birch harder than the others", "Tom Birch", "Mayor")],
        id="a-clause-before-a-bare-inverted-cue-is-still-its-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. As Birch and Sen. Ann Cole lamented high taxes, Mayor Lee took a moment to greet voters.",
        [],
        id="an-opening-as-clause-with-a-noun-object-is-a-time-clause-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. As Birch noted in a column, taxes will rise next year.",
        [("indirect", "taxes will rise next year", "Tom Birch", "Mayor")],
        id="an-opening-as-clause-with-an-adverbial-still-cites-the-main-clause"),
    pytest.param(
        "Mayor Tom Birch ran the board. After the board heard the charges, which Mr. Birch denies, the talk of a strike ended.",
        [],
        id="a-cue-whose-object-is-which-reports-no-clause-after-its-comma"),
    pytest.param(
        "Mayor Tom Birch ran the board. The board backed the plan, which Birch said would cut taxes.",
        [("indirect", "would cut taxes", "Tom Birch", "Mayor")],
        id="which-then-a-cue-and-its-predicate-is-still-a-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. \"We are ready,\" Birch said Dec. 6 on a radio show.",
        [("direct", "We are ready,", "Tom Birch", "Mayor")],
        id="a-date-and-a-place-after-said-are-no-report"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch said Dec. 6 on a radio show that taxes would fall.",
        [("indirect", "taxes would fall", "Tom Birch", "Mayor")],
        id="a-short-month-and-day-after-said-are-the-setting-before-that"),
    pytest.param(
        "Mayor Tom Birch ran the board. Birch said May 5 was the deadline for the bids.",
        [("indirect", "May 5 was the deadline for the bids", "Tom Birch", "Mayor")],
        id="a-date-before-a-verb-is-the-reported-clauses-subject"),
    pytest.param(
        "Senator Mary Holt spoke in Dayton. The roads will be fixed, she said, waving a \"Fix Dayton Now\" sign.",
        [("indirect", "The roads will be fixed", "Mary Holt", "Senator")],
        id="a-participle-act-with-quoted-words-after-an-inverted-cue-is-no-mixed-report"),
    pytest.param(
        "Senator Mary Holt spoke in Dayton. \"We will fix the roads,\" she said, calling the plan \"a lifeline.\"",
        [("direct", "We will fix the roads,", "Mary Holt", "Senator"),
         ("mixed", 'calling the plan "a lifeline."', "Mary Holt", "Senator")],
        id="a-naming-participle-with-a-quoted-label-after-said-still-reports"),
    pytest.param(
        "Holt was named the winner online. Holt led 60 percent of the online chatter about the debate, "
        "Chirper announced, gaining 22,000 followers.",
        [("indirect", "Holt led 60 percent of the online chatter about the debate", "Chirper", None)],
        id="a-participle-with-a-number-after-an-inverted-cue-leaves-the-report-before-it"),
    pytest.param(
        "The files were on a variety of topics, the Dayton Herald said, including roads, bridges and schools.",
        [("indirect", "The files were on a variety of topics", "the Dayton Herald", None)],
        id="including-a-list-after-an-inverted-cue-leaves-the-report-before-it"),
    pytest.param(
        "Senator Mary Holt toured Dayton. Holt said, including herself, every member would give back the raise.",
        [("indirect", "including herself, every member would give back the raise", "Mary Holt", "Senator")],
        id="including-then-a-clause-after-said-is-still-the-report"),
    pytest.param(
        "Mayor Tom Birch spoke at the dam. \"We are ready,\" Birch said.\n\n'A long night on the river.'\n\n"
        "The water rose all night.",
        [("direct", "We are ready,", "Tom Birch", "Mayor")],
        id="a-sentence-case-subhead-in-single-marks-is-no-quote-where-the-article-quotes-in-double-marks"),
    pytest.param(
        "Mayor Tom Birch spoke at the dam. \"We are ready,\" Birch said.\n\n\"We will hold the line.\"\n\n"
        "The water rose all night.",
        [("direct", "We are ready,", "Tom Birch", "Mayor"), ("direct", "We will hold the line.", "Tom Birch", "Mayor")],
        id="a-short-line-in-double-marks-still-continues-the-speaker"),
    pytest.param(
        "Senator Mary Holt toured Dayton. \"The mill was busy then,\" Holt said, pointing at the empty lot.",
        [("direct", "The mill was busy then,", "Mary Holt", "Senator")],
        id="pointing-at-after-a-quotes-cue-is-a-gesture-no-report"),
    pytest.param(
        "Senator Mary Holt toured Dayton. \"The mill was busy then,\" Holt said, pointing out that the lot was empty.",
        [("direct", "The mill was busy then,", "Mary Holt", "Senator"),
         ("indirect", "the lot was empty", "Mary Holt", "Senator")],
        id="pointing-out-that-after-a-quotes-cue-still-reports"),
    pytest.param(
        "Mayor Tom Birch read widely. One of his favorite reads, \"Rivers and Roads,\" by Ann Lee, covers the flood of 1927.",
        [],
        id="a-title-in-marks-before-by-and-its-author-is-no-quote"),
    pytest.param(
        "Mayor Tom Birch spoke at the dam. \"The River Is Rising,\" Birch told the crowd by the gate.",
        [("direct", "The River Is Rising,", "Tom Birch", "Mayor")],
        id="a-quote-before-a-cue-and-a-place-with-by-is-still-a-quote"),
    pytest.param(
        "Bank spokesman Tom Ruddle said aid would come. The relief chief, Jan Oster, said that \"this is the worst flood "
        "in years.\" He warned that \"the effects may last for years\".",
        [("indirect", "aid would come", "Tom Ruddle", "Bank spokesman"),
         ("direct", "this is the worst flood in years.", "Jan Oster", "The relief chief"),
         ("direct", "the effects may last for years", "Jan Oster", "The relief chief")],
        id="jan-is-no-female-only-given-name-so-he-takes-the-last-speaker"),
    pytest.param(
        "Bank spokesman Tom Ruddle said aid would come. The relief chief, Jan Oster, said that \"this is the worst flood "
        "in years.\" Ms Oster has run the agency since May. He warned that \"the effects may last for years\".",
        [("indirect", "aid would come", "Tom Ruddle", "Bank spokesman"),
         ("direct", "this is the worst flood in years.", "Jan Oster", "The relief chief"),
         ("direct", "the effects may last for years", "Tom Ruddle", "Bank spokesman")],
        id="a-jan-called-ms-in-the-article-is-no-he"),
    pytest.param(
        "\"What a fine day,\" said Ravi Oduya afterwards. Kenyan coach Paul Merrit wants his players to train on grass. "
        "\"It will help them on hard courts.\" \"Of course we cannot do it every week. \"But we will keep at it,\" said Merrit.",
        [("direct", "What a fine day,", "Ravi Oduya", None),
         ("direct", "It will help them on hard courts.", "Paul Merrit", "Kenyan coach"),
         ("direct", "Of course we cannot do it every week.", "Paul Merrit", "Kenyan coach"),
         ("direct", "But we will keep at it,", "Paul Merrit", "Kenyan coach")],
        id="cueless-quotes-after-a-titled-named-subject-go-on-with-that-person"),
    pytest.param(
        "\"What a fine day,\" said Ravi Oduya afterwards. Kenyan coach Paul Merrit watched from the stands. "
        "\"It will help them on hard courts,\" Oduya said. \"Of course we cannot do it every week.\"",
        [("direct", "What a fine day,", "Ravi Oduya", None),
         ("direct", "It will help them on hard courts,", "Ravi Oduya", None),
         ("direct", "Of course we cannot do it every week.", "Ravi Oduya", None)],
        id="a-cued-quote-after-a-titled-named-subject-keeps-its-own-speaker"),
    pytest.param(
        "Tessa Lind joined the jury, given that she has written harsh reviews about the contest in the past.",
        [],
        id="written-with-a-bare-plural-object-and-a-preposition-is-no-report"),
    pytest.param(
        "Tessa Lind wrote farmers in the valley had lost their crops.",
        [("indirect", "farmers in the valley had lost their crops", "Tessa Lind", None)],
        id="wrote-with-a-plural-subject-and-its-predicate-is-a-report"),
    pytest.param(
        "Tessa Lind wrote reports on the contest are unfair, critics said.",
        [("indirect", "reports on the contest are unfair", "Tessa Lind", None)],
        id="wrote-with-a-cue-form-plural-subject-and-its-predicate-is-a-report"),
    pytest.param(
        "Tessa Lind wrote songs about the valley that sold well.",
        [],
        id="written-plural-object-with-a-relative-that-is-no-report"),
    pytest.param(
        "Tessa Lind wrote that reviews about the contest were unfair.",
        [("indirect", "reviews about the contest were unfair", "Tessa Lind", None)],
        id="wrote-that-before-a-plural-noun-is-a-report"),
    pytest.param(
        "Another listener wrote: \"My sister sings all night.\" And a few of these are odder still: "
        "\"Last week our dog ate the radio. The vet just laughed.\"",
        [("direct", "My sister sings all night.", "Another listener", None),
         ("direct", "Last week our dog ate the radio. The vet just laughed.", None, None)],
        id="a-quote-after-some-of-them-and-a-colon-is-not-the-previous-listeners"),
    pytest.param(
        "Another listener wrote: \"My sister sings all night.\" And she was even blunter: "
        "\"Last week our dog ate the radio. The vet just laughed.\"",
        [("direct", "My sister sings all night.", "Another listener", None),
         ("direct", "Last week our dog ate the radio. The vet just laughed.", "Another listener", None)],
        id="a-quote-after-a-pronoun-subject-and-a-colon-stays-the-previous-speakers"),
    pytest.param(
        "The panel that oversees how the canal flows, floods and dries says the work will end in May.",
        [("indirect", "the work will end in May", "The panel that oversees how the canal flows, floods and dries", None)],
        id="a-restrictive-that-clause-with-a-listed-verb-belongs-to-the-subject-description"),
    pytest.param(
        "The agency that regulates the canal says the work will end in May.",
        [("indirect", "the work will end in May", "The agency that regulates the canal", None)],
        id="a-restrictive-that-clause-right-before-the-cue-describes-the-source"),
    pytest.param(
        "The rules require that dredgers register their boats, and the work will end in May.",
        [],
        id="a-that-clause-after-a-plural-noun-and-a-verb-is-no-subject-description"),
    pytest.param(
        "The panel that oversees the canal, Harbour Trust, says the work will end in May.",
        [("indirect", "the work will end in May", "Harbour Trust", None)],
        id="an-apposed-name-after-a-that-clause-stays-the-source"),
    pytest.param(
        "Mara Quint said while the bridge was safe for now, the county would have to replace it soon.",
        [("indirect", "while the bridge was safe for now, the county would have to replace it soon",
          "Mara Quint", None)],
        id="a-while-clause-then-a-main-clause-after-said-is-the-report"),
    pytest.param(
        "Mara Quint said when the tolls were cut, the traffic doubled within a month.",
        [("indirect", "when the tolls were cut, the traffic doubled within a month", "Mara Quint", None)],
        id="a-when-clause-then-a-main-clause-after-said-is-the-report"),
    pytest.param(
        "Mara Quint said when asked about the tolls, and the traffic doubled within a month.",
        [],
        id="a-when-phrase-without-a-subject-after-said-is-no-report"),
    pytest.param(
        "Mara Quint spoke to the council. Claims that the fund was raided by aides were \"pure fiction,\" she said.",
        [("mixed", "Claims that the fund was raided by aides were \"pure fiction,\"", "Mara Quint", None)],
        id="a-cue-form-opening-the-sentence-as-a-plural-noun-leads-into-a-mixed-quote"),
    pytest.param(
        "During their phone call Monday, Ann Lee and Tom Hale \"agreed to keep the border open to trade,\" "
        "the mayor's office said.",
        [("mixed", "During their phone call Monday, Ann Lee and Tom Hale \"agreed to keep the border open to trade,\"",
          "the mayor's office", None)],
        id="a-cue-form-after-a-possessive-is-a-noun-and-the-lead-makes-a-mixed-quote"),
    pytest.param(
        "Mara Quint spoke to the council. A written answer on the fund was \"pure fiction,\" she said.",
        [("mixed", "A written answer on the fund was \"pure fiction,\"", "Mara Quint", None)],
        id="a-cue-form-after-a-determiner-and-an-adjective-is-a-noun"),
    pytest.param(
        "Mara Quint spoke to the council. Tom Hale says the fund is \"pure fiction,\" she said.",
        [("mixed", "the fund is \"pure fiction,\"", "Tom Hale", None)],
        id="a-cue-verb-after-a-name-in-the-lead-keeps-its-own-report"),
    pytest.param(
        "Mara Quint toured the mill on Friday. At stake is the future of the whole valley, she said.",
        [("indirect", "At stake is the future of the whole valley", "Mara Quint", None)],
        id="an-inverted-clause-after-a-fronted-phrase-before-she-said-is-reported"),
    pytest.param(
        "Mara Quint toured the mill on Friday. In April the valley will vote on the mill, she said.",
        [("indirect", "In April the valley will vote on the mill", "Mara Quint", None)],
        id="a-main-clause-after-a-fronted-time-phrase-before-she-said-is-reported"),
    pytest.param(
        "Mara Quint toured the mill on Friday. In a speech that was aired at noon, she said.",
        [],
        id="a-fronted-phrase-whose-verb-sits-in-a-relative-before-she-said-is-no-report"),
    pytest.param(
        "The new fares were set by the Harbour Transit Board, which said ridership had doubled since spring.",
        [("indirect", "ridership had doubled since spring", "Harbour Transit Board", None)],
        id="a-capitalised-body-closing-a-long-subject-before-comma-which-said-is-the-source"),
    pytest.param(
        "The new fares were set by the Harbour Transit Board which said ridership had doubled since spring.",
        [("indirect", "ridership had doubled since spring", "Harbour Transit Board", None)],
        id="a-capitalised-body-before-which-said-without-a-comma-is-the-source"),
    pytest.param(
        "The new fares were set by the Harbour Transit Board which oversees ridership in the bay.",
        [],
        id="a-capitalised-body-before-which-and-no-cue-gives-no-quote"),
    pytest.param(
        "The new fares were set by the Board which said little.",
        [],
        id="a-single-capitalised-word-before-which-said-is-no-named-body"),
    pytest.param(
        "Gov. Ann Pike won the caucus, claiming her second victory in a week.",
        [],
        id="claiming-a-victory-is-a-thing-claimed-no-report"),
    pytest.param(
        "A local militia claimed responsibility for the blast on Friday.",
        [],
        id="claimed-responsibility-is-a-thing-claimed-no-report"),
    pytest.param(
        "Gov. Ann Pike claimed victory was near.",
        [("indirect", "victory was near", "Ann Pike", None)],
        id="claimed-victory-with-a-predicate-is-a-reported-clause"),
    pytest.param(
        "Gov. Ann Pike declared that victory was hers.",
        [("indirect", "victory was hers", "Ann Pike", None)],
        id="declared-that-victory-is-a-reported-clause"),
    pytest.param(
        "Early in her campaign, Dana Lee attacked Tom Ray, calling him, among other insults, “a weak mayor.” "
        "Ray fired back in March.",
        [("mixed", "him, among other insults, “a weak mayor.”", "Dana Lee", None)],
        id="calling-him-an-aside-and-a-quoted-label-is-one-mixed-report-after-an-early-in-opener"),
    pytest.param(
        "Dana Lee attacked Tom Ray, calling him “a failed mayor.” Ray fired back in March.",
        [("mixed", "him “a failed mayor.”", "Dana Lee", None)],
        id="calling-him-and-a-quoted-label-without-an-aside-is-unchanged"),
    pytest.param(
        "Dana Lee attacked Tom Ray, saying, in a speech on Monday, “He failed.”",
        [("direct", "He failed.", "Dana Lee", None)],
        id="a-speech-cue-before-an-aside-and-a-full-quote-stays-direct"),
    pytest.param(
        "Rob Lane, a radio host in Port Hale, Nova Scotia, has built a website called “Port Hale If Mark Dunn Wins“ "
        "that sells the island as a fresh home.",
        [],
        id="called-after-an-indefinite-object-names-a-thing-no-speaker"),
    pytest.param(
        "But Ann Pike, at a consulting firm called Lark Data, argues that the port will lose trade.",
        [("indirect", "the port will lose trade", "Ann Pike", None)],
        id="called-naming-a-firm-in-an-aside-leaves-the-main-cue-its-report"),
    pytest.param(
        "Lee met an aide. An aide called the plan “reckless.”",
        [("mixed", "the plan “reckless.”", "An aide", None)],
        id="an-indefinite-subject-of-called-at-the-sentence-start-still-speaks"),
    pytest.param(
        "Mayor Ruth Calder spoke at the depot. Harlan “wasted two years on the bridge,” she said.",
        [("mixed", "Harlan “wasted two years on the bridge,”", "Ruth Calder", "Mayor")],
        id="a-one-word-subject-before-a-lower-case-fragment-makes-the-sentence-mixed"),
    pytest.param(
        "Mayor Ruth Calder spoke at the depot. Harlan’s “first mistake was the bridge,” she said.",
        [("mixed", "Harlan’s “first mistake was the bridge,”", "Ruth Calder", "Mayor")],
        id="a-possessive-one-word-lead-before-a-lower-case-fragment-makes-the-sentence-mixed"),
    pytest.param(
        "Mayor Ruth Calder spoke at the depot. Harlan “Wasted two years,” she said.",
        [("direct", "Wasted two years,", "Ruth Calder", "Mayor")],
        id="a-one-word-lead-before-a-capitalised-quote-stays-direct"),
    pytest.param(
        "Mayor Ruth Calder spoke at the depot. Citing “family reasons,” she said no more.",
        [("direct", "family reasons,", "Ruth Calder", "Mayor")],
        id="a-one-word-participle-lead-before-a-fragment-is-no-mixed-sentence"),
    pytest.param(
        "Mayor Ruth Calder promised on Friday to cut bus fares. She echoed that promise on Sunday, saying the "
        "council would vote in May.",
        [("indirect", "to cut bus fares", "Ruth Calder", "Mayor"),
         ("indirect", "the council would vote in May", "Ruth Calder", "Mayor")],
        id="that-and-a-noun-of-something-said-then-a-participle-is-the-object-no-clause"),
    pytest.param(
        "Senator Omar Pell has long favoured tariffs. Pell repeated that message in his speech last night.",
        [],
        id="that-and-a-noun-of-something-said-to-the-sentence-end-is-the-object-no-clause"),
    pytest.param(
        "Mayor Ruth Calder echoed that promise was never meant to last.",
        [("indirect", "promise was never meant to last", "Ruth Calder", "Mayor")],
        id="that-and-a-noun-of-something-said-with-a-predicate-opens-a-clause"),
    pytest.param(
        "Mayor Ruth Calder said that criticism of the budget, in her view, missed the point.",
        [("indirect", "criticism of the budget, in her view, missed the point", "Ruth Calder", "Mayor")],
        id="that-and-a-noun-of-something-said-before-a-comma-aside-stays-a-complementizer"),
    pytest.param(
        "Mr. Dorn praised the mayor. And a couple of years later, he repeated that comment, recalling a story "
        "about watching her open a school.",
        [("indirect", "a story about watching her open a school", "Dorn", None)],
        id="a-conjunction-and-a-couple-of-years-later-opens-before-the-participle-cue-subject"),
    pytest.param(
        "Mr. Dorn praised the mayor. But two weeks later, he wrote a note, recalling a story about watching "
        "her open a school.",
        [("indirect", "a story about watching her open a school", "Dorn", None)],
        id="a-conjunction-and-a-time-phrase-with-comma-opens-before-the-participle-cue-subject"),
    pytest.param(
        "At the forum, host Ann Lee asked Tom Reed, who trails in the count, to lay out his road to victory.",
        [("indirect", "Tom Reed, who trails in the count, to lay out his road to victory", "Ann Lee", "host")],
        id="asked-a-named-hearer-and-a-who-aside-to-do-something-reports-the-request"),
    pytest.param(
        "At the forum, host Ann Lee asked Tom Reed, who trails in the count, about his path to victory.",
        [],
        id="asked-a-named-hearer-and-a-who-aside-about-a-topic-reports-nothing"),
    pytest.param(
        "At a May forum, while Ann Lee attacked the levy, Tom Reed kept to his notes and said the budget was sound.",
        [("indirect", "the budget was sound", "Tom Reed", None)],
        id="a-closed-while-clause-after-an-opening-adverbial-leaves-the-main-subject-the-speaker"),
    pytest.param(
        "At a May forum, while Ann Lee attacked the levy and said the budget was a mess, Tom Reed kept to his notes.",
        [("indirect", "the budget was a mess", "Ann Lee", None)],
        id="a-cue-inside-the-while-clause-stays-the-while-clause-subject-s"),
    pytest.param(
        "One of the women, Ann Lee, 64, had worked in the mines and said she was sure the plant would close.",
        [("indirect", "she was sure the plant would close", "Ann Lee", None)],
        id="one-of-a-group-and-an-apposed-name-and-age-is-the-subject-of-a-later-cue"),
    pytest.param(
        "One of the women, in Leeds, had worked in the mines and said she was sure the plant would close.",
        [],
        id="one-of-a-group-and-a-place-aside-gives-no-named-subject"),
    pytest.param(
        "Ann Lee, though she praised Tom Reed and said the board should give him a hearing, stopped short of backing him.",
        [("indirect", "the board should give him a hearing", "Ann Lee", None)],
        id="a-concessive-aside-after-a-name-reports-for-the-name"),
    pytest.param(
        "Tom Reed spoke first. Ann Lee, though he praised her and said the board should hear her, lost the vote.",
        [("indirect", "the board should hear her", "Tom Reed", None)],
        id="a-concessive-aside-whose-pronoun-is-not-the-name-s-reports-for-the-pronoun"),
    pytest.param(
        "Tom Reed said in sport it takes years to build a team but added that he backed the coach.",
        [("indirect", "it takes years to build a team", "Tom Reed", None),
         ("indirect", "he backed the coach", "Tom Reed", None)],
        id="a-that-after-but-added-is-the-second-cue-s-not-the-first-after-an-adverbial"),
    pytest.param(
        "Tom Reed said in sport it takes years to build a team but added, “I back the coach.”",
        [("indirect", "it takes years to build a team", "Tom Reed", None),
         ("direct", "I back the coach.", "Tom Reed", None)],
        id="said-an-adverbial-and-a-clause-but-added-a-quote-reports-the-clause"),
    pytest.param(
        "Tom Reed spoke in the hall on Friday and added, “I back the coach.”",
        [("direct", "I back the coach.", "Tom Reed", None)],
        id="no-speech-cue-before-and-added-a-quote-reports-nothing-more"),
    pytest.param(
        "Tom Reed praised the volunteers, adding the U.N. must do more to pay them.",
        [("indirect", "the U.N. must do more to pay them", "Tom Reed", None)],
        id="adding-before-the-and-a-dotted-abbreviation-and-a-finite-verb-reports-the-clause"),
    pytest.param(
        "Tom Reed added the U.N. envoy to his list of guests.",
        [],
        id="added-the-and-a-dotted-abbreviation-and-a-noun-is-an-object-no-report"),
    pytest.param(
        "Tom Reed praised the volunteers, adding the council must be ready to pay them.",
        [("indirect", "the council must be ready to pay them", "Tom Reed", None)],
        id="adding-before-a-bare-clause-reports-it"),
    pytest.param(
        "Tom Reed praised the volunteers, adding he would never support the levy.",
        [("indirect", "he would never support the levy", "Tom Reed", None)],
        id="adding-before-a-pronoun-and-a-finite-verb-reports-the-clause"),
    pytest.param(
        "Tom Reed praised the volunteers, adding 200 beds to the shelter.",
        [],
        id="adding-before-a-number-is-an-object-no-report"),
    pytest.param(
        "Tom Reed praised the volunteers, adding them to the list of donors.",
        [],
        id="adding-before-them-and-a-preposition-is-an-object-no-report"),
    pytest.param(
        "Last year, river police reported 412 thefts from moored boats, ranging from fuel to engines. The figure doubled.",
        [("indirect", "412 thefts from moored boats, ranging from fuel to engines", "river police", None)],
        id="a-number-after-reported-is-the-figure-reported"),
    pytest.param(
        "The county agency reported a 4.1 percent vacancy rate in March, one of the highest in the region.",
        [("indirect", "a 4.1 percent vacancy rate in March, one of the highest in the region", "The county agency", None)],
        id="a-number-after-a-after-reported-is-the-figure-reported"),
    pytest.param(
        "The contract, worth a reported $3 million, was signed in Oslo.",
        [],
        id="reported-after-an-article-is-an-adjective-no-report"),
    pytest.param(
        "The move was first made public, as the Valley Gazette reported a few days later.",
        [],
        id="a-few-days-after-reported-is-a-time-no-figure"),
    pytest.param(
        "Ann Lee also answered the council's concerns on Thursday, stating town officials – and not the county – "
        "are in charge of the vote.",
        [("indirect", "town officials – and not the county – are in charge of the vote", "Ann Lee", None)],
        id="a-dashed-aside-in-the-subject-of-a-clause-after-stating-is-skipped"),
    pytest.param(
        "Ann Lee also answered the council's concerns on Thursday, stating her views – and not the county's – firmly.",
        [],
        id="a-dashed-aside-then-no-predicate-after-stating-is-no-clause"),
    pytest.param(
        "When her family moved back to upland Wessex, her uncle declined to teach her Breton, insisting that his niece was wholly English.",
        [("indirect", "his niece was wholly English", "her uncle", None)],
        id="a-possessive-subject-after-an-opening-clause-is-the-participles-doer"),
    pytest.param(
        "His business partner agreed, but also contended that the shop should stay shut.",
        [("indirect", "the shop should stay shut", "His business partner", None)],
        id="a-capitalised-possessive-subject-opening-the-sentence-keeps-its-reading"),
    pytest.param(
        "And even Mayor Ann Lee tried to spare them the blame, noting that she would do the same in their place.",
        [("indirect", "she would do the same in their place", "Ann Lee", "Mayor")],
        id="and-even-before-a-named-subject-leaves-the-name-the-doer-of-a-participle"),
    pytest.param(
        "Shortly after the sale news, the old owners had rallied, warning that the sale would sink the bakery.",
        [("indirect", "the sale would sink the bakery", "the old owners", None)],
        id="shortly-after-an-event-is-an-opener-before-the-participles-doer"),
    pytest.param(
        "Shortly after the sale news, warning bells rang across the bakery.",
        [],
        id="shortly-after-an-event-then-a-noun-use-of-warning-is-no-report"),
    pytest.param(
        "Mara Fenn has vowed to regain the parish's goodwill, while admitting that this will take years.",
        [("indirect", "to regain the parish's goodwill", "Mara Fenn", None),
         ("indirect", "this will take years", "Mara Fenn", None)],
        id="a-vow-to-ends-at-a-comma-before-while-and-a-participle-with-its-own-that"),
    pytest.param(
        "His agent, Tom Ray, says it is proof the mayor can still narrow the lead in seats, "
        "which stood at 41 before the count, according to the Ridge Courier.",
        [("indirect", "it is proof the mayor can still narrow the lead in seats", "Tom Ray", None),
         ("indirect", "which stood at 41 before the count", "Ridge Courier", None)],
        id="a-relative-clause-closing-a-report-before-according-to-is-the-documents-not-the-speakers"),
    pytest.param(
        "The mayor has a big lead in seats, which stood at 41 on Tuesday, according to the Ridge Courier.",
        [("indirect", "The mayor has a big lead in seats, which stood at 41 on Tuesday", "Ridge Courier", None)],
        id="with-no-report-before-it-the-whole-sentence-before-according-to-is-backed"),
    pytest.param(
        "Bus fares in the valley rose by 9 percent last spring according to the latest figures from the transit board.",
        [("indirect", "Bus fares in the valley rose by 9 percent last spring",
          "the latest figures from the transit board", None)],
        id="according-to-a-source-noun-with-no-comma-before-it-still-backs-the-clause"),
    pytest.param(
        "Nearly a third of the town's bridges are unsafe — or close to it — according to a survey by engineers.",
        [("indirect", "Nearly a third of the town's bridges are unsafe — or close to it",
          "a survey by engineers", None)],
        id="according-to-after-a-dash-with-no-comma-backs-the-clause-before-the-dash"),
    pytest.param(
        "The harvest money was shared among the nine farming families according to the old custom.",
        [], id="according-to-a-custom-with-no-comma-means-in-line-with-no-source"),
    pytest.param(
        "Night buses would run every hour on the coast road, Ortega said, a change that could help late shift workers.",
        [("indirect", "Night buses would run every hour on the coast road", "Ortega", None)],
        id="a-closing-apposition-after-a-cue-set-off-by-commas-comments-on-the-clause-before"),
    pytest.param(
        "Night buses would run every hour, the transit board said on Friday, a move welcomed by the drivers.",
        [("indirect", "Night buses would run every hour", "the transit board", None)],
        id="a-closing-apposition-with-an-ed-by-phrase-after-a-cue-and-a-day-comments-on-the-clause-before"),
    pytest.param(
        "Night buses would run every hour on the coast road, Ortega said, and the late shift workers would gain most.",
        [("indirect", "Night buses would run every hour on the coast road", "Ortega", None)],
        id="a-clause-after-a-cue-set-off-by-commas-is-no-apposition"),
    pytest.param(
        "Bus fares would rise by ten cents in June, regional transport authority press officer Lena Marsh said on Tuesday.",
        [("indirect", "Bus fares would rise by ten cents in June", "Lena Marsh",
          "regional transport authority press officer")],
        id="a-long-title-before-a-name-between-the-comma-and-a-closing-cue-is-the-subject"),
    pytest.param(
        "Farm workers would be given extra training, as growers who met minister Ana Cruz said.",
        [], id="a-relative-clause-ending-in-a-name-before-a-closing-cue-is-no-titled-subject"),
    pytest.param(
        "The Gazette, citing two council aides, reported that the ferry contract would be cancelled.",
        [("indirect", "the ferry contract would be cancelled", "Gazette", None)],
        id="an-aside-participle-after-a-name-with-its-article-leaves-the-name-the-speaker"),
    pytest.param(
        "The paper, citing two council aides, reported that the ferry contract would be cancelled.",
        [("indirect", "the ferry contract would be cancelled", "The paper", None)],
        id="an-aside-participle-after-a-described-subject-leaves-the-description-the-speaker"),
    pytest.param(
        "Harbour pilots have struggled all winter. The dock workers described the silt under the east pier as \"a soft carpet.\"",
        [("mixed", "the silt under the east pier as \"a soft carpet.\"", "The dock workers", None)],
        id="workers-describing-a-thing-in-a-quoted-label-are-a-described-source"),
    pytest.param(
        "Harbour pilots have struggled all winter. The dock workers described the silt under the east pier.",
        [], id="workers-describing-a-thing-with-no-label-voice-no-statement"),
    pytest.param(
        "Her counsel asked for a short sentence, calling his thefts \"a sickness of sorts.\"",
        [("mixed", "his thefts \"a sickness of sorts.\"", "Her counsel", None)],
        id="a-naming-participle-with-a-quoted-label-makes-a-described-subject-a-source"),
    pytest.param(
        "The choir released its third album, calling the record \"Quiet Harbour.\"",
        [], id="a-naming-participle-with-a-title-case-name-of-a-work-in-marks-voices-nothing"),
    pytest.param(
        "The choir ended its tour early, calling the trip \"a long mistake.\"",
        [("mixed", "the trip \"a long mistake.\"", "The choir", None)],
        id="a-naming-participle-with-a-lower-case-label-in-marks-still-makes-a-source"),
    pytest.param(
        "The choir ended its tour early, calling the trip \"Hopeless.\"",
        [("mixed", "the trip \"Hopeless.\"", "The choir", None)],
        id="a-naming-participle-with-one-capitalised-word-in-marks-still-makes-a-source"),
    pytest.param(
        "Her counsel asked for a short sentence, calling his thefts a sickness.",
        [], id="a-naming-participle-with-no-quoted-label-reports-nothing"),
    pytest.param(
        "Coach Ivo Brandt told reporters the squad needs a new keeper before the spring.",
        [("indirect", "the squad needs a new keeper before the spring", "Ivo Brandt", "Coach")],
        id="told-a-hearer-then-a-present-tense-clause-in-s-is-a-report"),
    pytest.param(
        "Coach Ivo Brandt told reporters the news at noon before the spring.",
        [], id="told-a-hearer-then-a-noun-phrase-is-no-report"),
    pytest.param(
        "The chef quit the hotel in 2009 after, according to Lina Frost, its owners cut his staff by half.",
        [("indirect", "its owners cut his staff by half", "Lina Frost", None)],
        id="a-subordinator-before-a-mid-sentence-according-to-opens-the-backed-clause-after-it"),
    pytest.param(
        "The chef quit the hotel in 2009, according to Lina Frost, because the owners cut his staff by half.",
        [("indirect", "The chef quit the hotel in 2009", "Lina Frost", None)],
        id="a-clause-before-a-mid-sentence-according-to-is-the-backed-one"),
    pytest.param(
        "Lina Frost ran the kitchen for years. The oven caught fire twice in one week, according to her.",
        [("indirect", "The oven caught fire twice in one week", "Lina Frost", None)],
        id="according-to-an-object-pronoun-names-the-person-last-spoken-of"),
    pytest.param(
        "Lina Frost ran the kitchen for years. The oven was cleaned twice a week according to her rules.",
        [], id="according-to-her-rules-names-no-source"),
    pytest.param(
        "The choir has won a loyal crowd, said Mrs. Vell, with concerts in the square every Sunday.",
        [("indirect", "The choir has won a loyal crowd", "Vell", None)],
        id="a-prepositional-phrase-after-an-inverted-cue-closes-the-sentence-outside-the-report"),
    pytest.param(
        "The choir's new hall, said Mrs. Vell, in the end is the finest in the valley.",
        [("indirect", "The choir's new hall, said Mrs. Vell, in the end is the finest in the valley", "Vell", None)],
        id="a-predicate-after-an-inverted-cue-and-a-phrase-goes-on-with-the-report"),
    pytest.param(
        "The council, said Ms. Vell, in 2019 voted to close the pool.",
        [("indirect", "The council, said Ms. Vell, in 2019 voted to close the pool", "Vell", None)],
        id="a-past-verb-after-a-year-phrase-after-an-inverted-cue-goes-on-with-the-report"),
    pytest.param(
        "The mayor, said Ms. Vell, in the end backed down.",
        [("indirect", "The mayor, said Ms. Vell, in the end backed down", "Vell", None)],
        id="a-past-verb-after-a-phrase-after-an-inverted-cue-goes-on-with-the-report"),
    pytest.param(
        "The ferry, said Mr. Dale, on most days runs late.",
        [("indirect", "The ferry, said Mr. Dale, on most days runs late", "Dale", None)],
        id="an-s-verb-after-a-phrase-after-an-inverted-cue-goes-on-with-the-report"),
    pytest.param(
        "Prices rose sharply, said Ms. Vell, with shops in the port closed for weeks.",
        [("indirect", "Prices rose sharply", "Vell", None)],
        id="a-past-form-in-a-phrase-after-a-clause-and-an-inverted-cue-stays-outside-the-report"),
    pytest.param(
        "The final is not about revenge, the skipper told her crew as they rigged the boat at dawn.",
        [("indirect", "The final is not about revenge", "the skipper", None)],
        id="told-a-hearer-then-a-time-clause-closing-the-sentence-reports-the-clause-before"),
    pytest.param(
        "The skipper told her crew as they rigged the boat that the final would start at dawn.",
        [("indirect", "the final would start at dawn", "The skipper", None)],
        id="told-a-hearer-then-a-time-clause-then-that-reports-the-that-clause"),
    pytest.param(
        "Officials told reporters as many as 40 homes were destroyed.",
        [("indirect", "as many as 40 homes were destroyed", "Officials", None)],
        id="told-a-hearer-then-as-many-as-opens-the-report-not-a-time-clause"),
    pytest.param(
        "The coach told reporters as long as the team keeps winning he will stay.",
        [("indirect", "as long as the team keeps winning he will stay", "The coach", None)],
        id="told-a-hearer-then-as-long-as-opens-the-report-not-a-time-clause"),
    pytest.param(
        "The bakers ended a long walkout that mill executives said could hurt winter sales.",
        [("indirect", "could hurt winter sales", "mill executives", None)],
        id="the-subject-of-a-relative-clause-right-before-its-cue-is-the-source"),
    pytest.param(
        "The referees who ruled that the goal was offside said the replay was clear.",
        [("indirect", "the replay was clear", "The referees", None)],
        id="a-that-clause-with-its-own-predicate-inside-the-subject-leaves-the-subject-before-it"),
    pytest.param(
        "The farmers that the charity supports say the drought is the worst in years.",
        [("indirect", "the drought is the worst in years", "The farmers that the charity supports", None)],
        id="a-relative-with-the-noun-and-an-s-verb-before-the-cue-leaves-the-noun-phrase-the-subject"),
    pytest.param(
        "The growers said that the charity supports them.",
        [("indirect", "the charity supports them", "The growers", None)],
        id="a-that-clause-after-the-cue-with-the-noun-and-an-s-verb-is-the-report"),
    pytest.param(
        "Patients that Dr. Lee treats say the ward is cold.",
        [("indirect", "the ward is cold", "Patients that Dr. Lee treats", None)],
        marks=pytest.mark.xfail(strict=True, reason="the head phrase with its relative is found, but a "
                                "description ending in a verb is judged no plausible speaker: no quote"),
        id="a-bare-plural-with-a-named-relative-before-the-cue-is-the-subject"),
    pytest.param(
        "The union leaders that Mr. Dale met said the talks had failed.",
        [("indirect", "the talks had failed", "The union leaders that Mr. Dale met", None)],
        marks=pytest.mark.xfail(strict=True, reason="the head phrase with its relative is found, but a "
                                "description ending in a verb is judged no plausible speaker: no quote"),
        id="a-noun-phrase-with-a-named-relative-and-met-before-the-cue-is-the-subject"),
    pytest.param(
        "The cook of almost six years, a keen sailor who talked on the understanding that her name be kept out "
        "for fear of upsetting her employer, said she fell sick in the spring.",
        [("indirect", "she fell sick in the spring", "The cook of almost six years", None)],
        id="a-long-apposition-before-said-leaves-the-subject-before-its-comma"),
    pytest.param(
        "The firm pressed the port's case on rents, fees and other matters tied to the harbour hotels, at both "
        "the county and town levels, said lobbyist and strategist Tom Ray.",
        [("indirect", "The firm pressed the port's case on rents, fees and other matters tied to the harbour hotels, "
          "at both the county and town levels", "Tom Ray", "lobbyist and strategist")],
        id="a-long-report-before-an-inverted-said-keeps-its-speaker-after-the-cue"),
    pytest.param(
        "After Ann Lee informed Tom Ray that she had worked for the mayor, Ray hired her.",
        [("indirect", "she had worked for the mayor", "Ann Lee", None)],
        id="informed-a-hearer-that-reports-the-clause"),
    pytest.param(
        "Ann Lee informed the board of the new harbour plan on Monday.",
        [],
        id="informed-a-hearer-of-a-topic-is-no-report"),
    pytest.param(
        "Reporters are digging into the deal and informing us that the toll is unusual.",
        [],
        id="a-coordinated-informing-participle-is-no-report"),
    pytest.param(
        "The crowd booed when Mayor Ann Lee told Ray to sit down during the debate.",
        [("indirect", "Ray to sit down during the debate", "Ann Lee", "Mayor")],
        id="told-a-named-hearer-to-is-a-request-with-its-hearer"),
    pytest.param(
        "Since June, officials have told Ridgeton families not to swim in the lake.",
        [("indirect", "Ridgeton families not to swim in the lake", "officials", None)],
        id="told-a-places-people-not-to-is-a-request"),
    pytest.param(
        "Mayor Ann Lee told Ridge Radio on her way to the harbour.",
        [],
        id="told-a-named-hearer-then-a-place-with-to-is-no-request"),
    pytest.param(
        "Later the council asked Lee, Ray and Park to search their personal emails.",
        [("indirect", "Lee, Ray and Park to search their personal emails", "the council", None)],
        id="asked-a-list-of-named-hearers-to-is-a-request"),
    pytest.param(
        "Later the council asked Lee, a neighbour, about the noise.",
        [],
        id="asked-a-hearer-and-an-apposition-about-is-no-request"),
    pytest.param(
        "The debate went on late.\n\nPark Says We Must Fix The Harbor First\n\nFormer Gov. Tom Park spoke at the port.",
        [("indirect", "We Must Fix The Harbor First", "Tom Park", "Former")],
        id="a-title-case-line-inside-the-body-keeps-its-capitalised-says-a-cue"),
    pytest.param(
        "The debate went on late. Then the Governor Says It Is Over was a slogan they sold.",
        [],
        id="a-capitalised-says-before-a-lower-case-rest-of-line-is-no-cue"),
    pytest.param(
        "Leaked Files Reveal Hidden Donors Of Mayor Lee.\n\nMayor Ann Lee has long refused to name her donors.",
        [("indirect", "Hidden Donors Of Mayor Lee", "Leaked Files", None)],
        id="a-headline-record-subject-reveals-without-being-named-again"),
    pytest.param(
        "Veteran Chef Shares Hidden Method Behind Harbour Chowder.\n\nThe chowder has been sold in Ridgeton for fifty years.",
        [],
        id="a-headline-person-subject-the-body-never-names-is-no-source"),
    pytest.param(
        "Rural senators have vowed to halt the toll.",
        [("indirect", "to halt the toll", "Rural senators", None)],
        id="a-plural-source-noun-subject-of-a-vow-to-is-a-source"),
    pytest.param(
        "The new bridge promises to cut the commute by an hour.",
        [],
        id="a-thing-that-promises-to-is-no-source"),
    pytest.param(
        "Mara Fenn said the council will block the toll, meaning the road stays free.",
        [("indirect", "the council will block the toll", "Mara Fenn", None)],
        id="a-meaning-participle-after-the-report-is-the-writers-consequence"),
    pytest.param(
        "While Mara Fenn pledged to bargain with all three unions, Tom Lane insisted that the mill will close.",
        [("indirect", "to bargain with all three unions", "Mara Fenn", None),
         ("indirect", "the mill will close", "Tom Lane", None)],
        id="a-pledge-in-an-opening-while-clause-ends-at-its-comma-not-at-the-next-cues-that"),
    pytest.param(
        "Mara Fenn vowed to voters at the rally, in a loud voice, that the mill would stay open.",
        [("indirect", "the mill would stay open", "Mara Fenn", None)],
        id="a-pledge-to-hearers-and-a-lower-case-aside-still-reports-the-that-clause"),
    pytest.param(
        "Tom Fenn Refuses to Back Ann Lee Bid.\n\nSen. Tom Fenn refuses to back the bid of Sen. Ann Lee.\n\n"
        "Tom Fenn, by contrast, wrote that the bid was a mistake.",
        [("indirect", "the bid was a mistake", "Tom Fenn", None)],
        id="a-title-case-headline-gives-no-subject-its-verb-runs-into"),
    pytest.param(
        "Tom Fenn refuses to back the bid.\n\nTom Fenn, by contrast, wrote that the bid was a mistake.",
        [("indirect", "the bid was a mistake", "Tom Fenn", None)],
        id="a-sentence-case-opening-line-keeps-its-named-subject"),
    pytest.param(
        "Republican Sen. John Fenn says the plan is dead.\n\nThe group ran an ad on Monday aimed at John Kasper, the governor.",
        [("indirect", "the plan is dead", "John Fenn", "Republican")],
        id="a-given-name-after-at-that-opens-another-name-is-no-place-and-stays-in-the-name"),
    pytest.param(
        "The board met at Quill on Monday.\n\nChief executive Quill Tom Lane says the plan is dead.",
        [("indirect", "the plan is dead", "Tom Lane", "Chief executive Quill")],
        id="a-word-standing-alone-after-at-is-a-place-or-body-and-goes-to-the-title"),
    pytest.param(
        "The mayor spoke on Monday.\n\n\u201cWe will not bring charges against anyone in this case,\u201d according to Quill Watch.",
        [("direct", "We will not bring charges against anyone in this case,", "Quill Watch", None)],
        id="according-to-a-name-after-a-closing-mark-is-the-direct-quote-s-source"),
    pytest.param(
        "As reported by the Daily Quill, the Gazette broke the story in May.\n\n"
        "\u201cThe files include notes from the old server. The notes show long records on the council,\u201d according to Quill Watch.",
        [("direct", "The files include notes from the old server. The notes show long records on the council,", "Quill Watch", None)],
        id="according-to-after-a-quote-beats-an-as-reported-by-lead-before-it"),
    pytest.param(
        "The mayor spoke on Monday.\n\n\u201cWe will not fine a single shop over this matter,\u201d according to him.",
        [],
        id="according-to-a-pronoun-after-a-closing-mark-names-no-source-here"),
    pytest.param(
        "Rowe cannot decide that alone, Fenn added, saying the choice belongs to the board.",
        [("indirect", "Rowe cannot decide that alone", "Fenn", None),
         ("indirect", "the choice belongs to the board", "Fenn", None)],
        id="a-named-inverted-cue-before-a-participle-does-the-participle"),
    pytest.param(
        "Rowe cannot say that \u201cfrom his view,\u201d Fenn added, saying the choice belongs to the board.",
        [("mixed", "Rowe cannot say that \u201cfrom his view,\u201d", "Fenn", None),
         ("indirect", "the choice belongs to the board", "Fenn", None)],
        id="a-named-inverted-cue-after-closing-marks-before-a-participle-does-the-participle"),
    pytest.param(
        "Rowe met the board, Fenn and Hale on Monday, saying the choice belongs to the board.",
        [("indirect", "the choice belongs to the board", "Rowe", None)],
        id="names-set-off-by-commas-without-a-cue-leave-the-participle-to-the-subject"),
    pytest.param(
        "Fenn has praised the vote, telling reporters on Friday that the result was a great thing. "
        "Fenn was in Lothmoor to reopen his Fenn Kilbrennan golf course.",
        [("indirect", "the result was a great thing", "Fenn", None)],
        id="a-known-surname-opening-the-name-of-a-golf-course-is-no-fuller-name"),
    pytest.param(
        "Fenn has praised the vote, telling reporters on Friday that the result was a great thing. "
        "Later Fenn Kilbrennan said the vote was a mistake.",
        [("indirect", "the result was a great thing", "Fenn Kilbrennan", None),
         ("indirect", "the vote was a mistake", "Fenn Kilbrennan", None)],
        id="a-known-one-word-name-opening-a-speaking-name-is-its-fuller-form"),
    pytest.param(
        '"It is fine," said Tom Vale, senior vice president of home sales and marketing at Quill.',
        [("direct", "It is fine,", "Tom Vale", "senior vice president of home sales and marketing at Quill")],
        id="a-two-word-field-and-a-second-field-of-one-office"),
    pytest.param(
        '"It is fine," said Tom Vale, head of home sales and he left.',
        [("direct", "It is fine,", "Tom Vale", "head of home sales")],
        id="and-opening-a-clause-after-a-two-word-field-ends-the-role"),
    pytest.param(
        '"It is fine," said Tom Vale, an analyst with the Quill Group.',
        [("direct", "It is fine,", "Tom Vale", "an analyst with the Quill Group")],
        id="with-and-a-named-employer-after-a-title-is-the-role"),
    pytest.param(
        '"It is fine," said Tom Vale, an analyst with a big smile.',
        [("direct", "It is fine,", "Tom Vale", "an analyst")],
        id="with-and-a-lower-case-manner-after-a-title-is-no-role"),
    pytest.param(
        "The firm ran an open letter from chairman Ann Rowe saying it was time to talk.",
        [("indirect", "it was time to talk", "Ann Rowe", "chairman")],
        id="a-message-noun-and-from-before-a-title-is-no-role"),
    pytest.param(
        "In the adverts, titled An Open Letter from chief Ann Rowe, the firm says the report was wrong.",
        [("indirect", "the report was wrong", "the firm", None)],
        id="a-capitalised-letter-title-is-left-alone-and-the-firm-speaks"),
    pytest.param(
        'Design will help the Zed mini win fans, he said. One opinion came from Tom Vale, head of sales at Quill. '
        'He said: "It is fine." Although the Zed mini was cheap, it was still dear. Also, he said, it sold in few '
        'places. "The market is big," he said. "It is old," said Mr Vale. The release of the Zed mini fit this trend, he said.',
        [("direct", "It is fine.", "Tom Vale", "head of sales at Quill"), ("indirect", "it sold in few places", "Tom Vale", "head of sales at Quill"),
         ("direct", "The market is big,", "Tom Vale", "head of sales at Quill"), ("direct", "It is old,", "Tom Vale", "head of sales at Quill"),
         ("indirect", "The release of the Zed mini fit this trend", "Tom Vale", "head of sales at Quill")],
        id="a-capitalised-word-after-the-names-a-thing-no-referent-for-he"),
    pytest.param(
        "Bill Dunn won the race in 1992. Yet the Dunn of old has yet to appear. In a speech at a Salem Elks lodge, "
        "he drove men to tears. He promised that he would fight for them.",
        [("indirect", "he would fight for them", "Bill Dunn", None)],
        id="the-and-a-surname-with-of-is-still-the-person"),
    pytest.param(
        '"We lost," said Dr Ann Rowe, senior adviser on home media at Brindle\'s retail and trade lab.',
        [("direct", "We lost,", "Ann Rowe", "senior adviser on home media at Brindle's retail and trade lab")],
        id="a-title-on-its-field-and-a-possessed-body-with-two-modifiers-is-one-role"),
    pytest.param(
        '"We lost," said Ann Rowe, spokeswoman on Tuesday.',
        [("direct", "We lost,", "Ann Rowe", "spokeswoman")],
        id="on-and-a-weekday-after-a-title-is-a-date-not-the-role"),
    pytest.param(
        '"We lost," said Tom Vale, home technology and gaming analyst at Quill Research.',
        [("direct", "We lost,", "Tom Vale", "home technology and gaming analyst at Quill Research")],
        id="two-fields-joined-by-and-before-a-title-noun-are-one-role"),
    pytest.param(
        '"We lost," said Tom Vale, and he left the room.',
        [("direct", "We lost,", "Tom Vale", None)],
        id="and-opening-a-clause-after-the-name-is-no-role"),
    pytest.param(
        'That prompted the withdrawal of banker Tom Vale, who said the board had "lost its way".',
        [("mixed", 'the board had "lost its way"', "Tom Vale", "banker")],
        id="an-event-noun-and-of-before-a-name-is-no-role"),
    pytest.param(
        "The director of marketing Ann Rowe said the plan would work.",
        [("indirect", "the plan would work", "Ann Rowe", "The director of marketing")],
        id="a-title-and-of-before-a-name-stays-the-role"),
    pytest.param(
        "Leaders of Hexley and Marlow said they would light landmarks.",
        [("indirect", "they would light landmarks", "Leaders of Hexley and Marlow", None)],
        id="a-capitalised-plural-opening-the-sentence-and-its-named-members-speak-together"),
    pytest.param(
        "Residents of Hexley and Marlow said the strike would go on.",
        [("indirect", "the strike would go on", "Residents of Hexley and Marlow", None)],
        id="residents-of-two-named-towns-speak-together"),
    pytest.param(
        "The mayor of Hexley and Marlow, Tom Brandt, said the strike would go on.",
        [("indirect", "the strike would go on", "Tom Brandt", None)],
        id="a-capitalised-singular-title-of-two-towns-leaves-the-named-mayor"),
    pytest.param(
        "In addition to Mr. Ruiz, two Democratic members of the council from Ohio, Dana Pell and Luis Ortega, "
        "have said they will not back Mr. Hale.",
        [("indirect", "they will not back Mr. Hale",
          "two Democratic members of the council from Ohio, Dana Pell and Luis Ortega", None)],
        id="a-counted-plural-and-the-two-people-it-counts-speak-together-as-written"),
    pytest.param(
        "The mayor, Dana Pell and Luis Ortega said they will not back Mr. Hale.",
        [("indirect", "they will not back Mr. Hale", "Dana Pell and Luis Ortega", None)],
        id="an-uncounted-noun-before-two-names-is-no-part-of-their-phrase"),
    pytest.param(
        "The deal, said Hale and others, would be easy since the mayor has no allies.",
        [("indirect", "The deal, said Hale and others, would be easy since the mayor has no allies", "Hale and others", None)],
        id="a-cue-inside-the-sentence-with-a-name-and-others-after-it"),
    pytest.param(
        "“The deal is clear,” said Hale and others.",
        [("direct", "The deal is clear,", "Hale and others", None)],
        id="a-name-and-others-after-a-quote-speak-together"),
    pytest.param(
        "He met the voters, said Hale and then left the hall.",
        [("indirect", "He met the voters", "Hale", None)],
        id="a-name-then-a-second-verb-after-an-inverted-cue-is-no-group"),
    pytest.param(
        "Hale and other local leaders shunned the mayor during his visit, claiming that the mayor is corrupt.",
        [("indirect", "the mayor is corrupt", "Hale and other local leaders", None)],
        id="a-name-and-other-people-before-a-participle-cue-speak-together"),
    pytest.param(
        "Hale and others shunned the mayor during his visit, claiming that the mayor is corrupt.",
        [("indirect", "the mayor is corrupt", "Hale and others", None)],
        id="a-name-and-others-before-a-participle-cue-speak-together"),
    pytest.param(
        "Hale met other local leaders during his visit, claiming that the mayor is corrupt.",
        [("indirect", "the mayor is corrupt", "Hale", None)],
        id="other-people-in-the-object-are-no-part-of-the-subject"),
    pytest.param(
        "“The film was a hit,” said Ann Lopez.\n\nThe former senator praised the show at length. "
        "“It was hard work,” he said.",
        [("direct", "The film was a hit,", "Ann Lopez", None),
         ("direct", "It was hard work,", "The former senator", None)],
        id="he-after-a-narrative-sentence-is-its-described-subject-not-the-woman-before"),
    pytest.param(
        "Take a look at what Ray Mendez, Ana Soto and many more Caribbeans said about the year.\n\n"
        "In a talk with a radio host about his new play, “Island Days,” the actor discussed the lack of "
        "Caribbeans in school books. “Just imagine you are a kid and nobody in the books looks like you,” he said.",
        [("direct", "Just imagine you are a kid and nobody in the books looks like you,", "the actor", None)],
        id="he-after-a-description-subject-behind-an-opening-phrase-is-not-a-capitalised-plural"),
    pytest.param(
        "“The film was a hit,” said Tom Hale.\n\nThe company praised the show at length. "
        "“It was hard work,” he said.",
        [("direct", "The film was a hit,", "Tom Hale", None),
         ("direct", "It was hard work,", "Tom Hale", None)],
        id="he-after-a-body-subject-stays-the-last-speaker"),
    pytest.param(
        "“The film was a hit,” said Tom Hale.\n\nThe actress praised the show at length. "
        "“It was hard work,” he said.",
        [("direct", "The film was a hit,", "Tom Hale", None),
         ("direct", "It was hard work,", "Tom Hale", None)],
        id="he-never-takes-a-described-subject-of-the-other-gender"),
    pytest.param(
        "The bill drew fire. Govs. Tom Barker and Dan Fenn said the senator lacks the experience.",
        [("indirect", "the senator lacks the experience", "Govs. Tom Barker and Dan Fenn", None)],
        id="a-plural-title-before-two-names-is-part-of-the-joint-source"),
    pytest.param(
        "Sens. Ann Lowry of Idaho and Ben Carver of Utah, both up for reelection, also said they would welcome the help.",
        [("indirect", "they would welcome the help", "Sens. Ann Lowry of Idaho and Ben Carver of Utah", None)],
        id="a-plural-title-before-two-names-with-their-states"),
    pytest.param(
        "The firm hired more sales reps. Tom Hale and Ann Lee said the plan worked.",
        [("indirect", "the plan worked", "Tom Hale and Ann Lee", None)],
        id="a-lower-case-plural-noun-ending-a-sentence-is-no-title"),
    pytest.param(
        "The judge was not swayed. The firm's \"claim is weak given the lack of any proof,\" the ruling issued Monday said.",
        [("mixed", "The firm's \"claim is weak given the lack of any proof,\"", "the ruling issued Monday", None)],
        id="a-weekday-after-a-past-participle-stays-in-the-subject"),
    pytest.param(
        "The memo circulated Thursday said the depot must close.",
        [("indirect", "the depot must close", "The memo circulated Thursday", None)],
        id="a-weekday-after-a-past-participle-stays-in-a-pre-verb-subject"),
    pytest.param(
        "The embattled governor Thursday said the depot must close.",
        [("indirect", "the depot must close", "The embattled governor", None)],
        id="a-weekday-right-after-the-subject-noun-dates-the-report"),
    pytest.param(
        "But farm unions, church groups, and many local lawmakers claim the plan will close rural schools.",
        [("indirect", "the plan will close rural schools", "farm unions, church groups, and many local lawmakers", None)],
        id="groups-listed-with-commas-speak-together-as-written"),
    pytest.param(
        "Neighbours, lobbyists and old rivals say that Marsh is the right pick for the post.",
        [("indirect", "Marsh is the right pick for the post", "Neighbours, lobbyists and old rivals", None)],
        id="groups-listed-from-the-sentence-start-speak-together"),
    pytest.param(
        "In speeches, interviews and tweets, Hale said that the plan was fair.",
        [("indirect", "the plan was fair", "Hale", None)],
        id="things-listed-in-an-opening-phrase-are-no-speakers"),
    pytest.param(
        "In Wales, the towns of Hexley and Marlow said they would light landmarks in memory of the victims.",
        [("indirect", "they would light landmarks in memory of the victims", "the towns of Hexley and Marlow", None)],
        id="a-plural-nouns-named-members-speak-together-as-written"),
    pytest.param(
        "The mayor of Hexley and Marlow, Tom Brandt, said they would light landmarks.",
        [("indirect", "they would light landmarks", "Tom Brandt", None)],
        id="a-singular-title-of-two-places-leaves-the-named-person-the-speaker"),
    pytest.param(
        "The network anchor Ana Ruiz wrote a letter on Monday. The Afro-Colombian journalist voiced concern "
        "over the remarks. \"I am worried to hear such voices,\" she tweeted.",
        [("direct", "I am worried to hear such voices,", "Ana Ruiz", "The network anchor")],
        id="the-demonym-before-a-person-noun-describes-it-and-names-no-one"),
    pytest.param(
        "The network anchor Ana Ruiz wrote a letter on Monday. The Irish singer Mary Kane backed her. "
        "\"I am worried to hear such voices,\" she tweeted.",
        [("direct", "I am worried to hear such voices,", "Mary Kane", "The Irish singer")],
        id="the-demonym-and-a-title-before-a-name-still-introduce-the-named-person"),
    pytest.param(
        "For Carl Weber, head of design at a games firm, the new console is a big step. He has worked with "
        "Anna Brandt on Moon Harbour. \"The worlds we build keep getting bigger,\" he told the BBC.",
        [("direct", "The worlds we build keep getting bigger,", "Carl Weber", "head of design at a games firm")],
        id="before-anyone-spoke-he-is-the-only-man-named-not-the-woman-beside-him"),
    pytest.param(
        "For Carl Weber, head of design at a games firm, the new console is a big step. He has worked on "
        "Moon Harbour and Ruby Falls. \"The worlds we build keep getting bigger,\" he told the BBC.",
        [("direct", "The worlds we build keep getting bigger,", "Carl Weber", "head of design at a games firm")],
        id="before-anyone-spoke-he-is-the-only-man-named-not-a-title-read-as-a-name"),
    pytest.param(
        "For Carl Weber, head of design at a games firm, the new console is a big step. He has worked with "
        "Tom Brandt on Moon Harbour. \"The worlds we build keep getting bigger,\" he told the BBC.",
        [],
        id="before-anyone-spoke-two-men-named-leave-he-unresolved"),
    pytest.param(
        "Gary Olsen had been asked about the plan. He replied: \"It is sound.\" A Finance Ministry spokeswoman "
        "confirmed the plan would go ahead. \"No date has been set,\" she said.",
        [("direct", "It is sound.", "Gary Olsen", None),
         ("indirect", "the plan would go ahead", "A Finance Ministry spokeswoman", None),
         ("direct", "No date has been set,", "A Finance Ministry spokeswoman", None)],
        id="she-after-a-man-spoke-is-the-spokeswoman-the-text-went-on-to"),
    pytest.param(
        "Gary Olsen had been asked about the plan. He replied: \"It is sound.\" A Finance Ministry spokeswoman "
        "confirmed the plan would go ahead. \"No date has been set,\" he said.",
        [("direct", "It is sound.", "Gary Olsen", None),
         ("indirect", "the plan would go ahead", "A Finance Ministry spokeswoman", None),
         ("direct", "No date has been set,", "Gary Olsen", None)],
        id="he-after-a-spokeswoman-is-still-the-man-who-spoke"),
    pytest.param(
        "\"We stand with the families,\" Governor Tom Reed told reporters. Governor Tom Reed and Mayor Sam "
        "Ford laid flowers at the memorial on Monday. \"We will never forget them,\" he said.",
        [("direct", "We stand with the families,", "Tom Reed", "Governor"),
         ("direct", "We will never forget them,", "Tom Reed", "Governor")],
        id="a-pronoun-after-the-speaker-and-a-titled-second-conjunct-stays-the-speakers"),
    pytest.param(
        "\"We stand with the families,\" Governor Tom Reed told reporters. The mayor, Sam Ford, laid "
        "flowers at the memorial on Monday. \"We will never forget them,\" he said.",
        [("direct", "We stand with the families,", "Tom Reed", "Governor"),
         ("direct", "We will never forget them,", "Sam Ford", "The mayor")],
        id="a-pronoun-after-a-new-subject-alone-is-the-new-subjects"),
    pytest.param(
        "The mayor declined to comment, but at least a dozen members of the council told The Daily Herald "
        "she would not run again.",
        [("indirect", "she would not run again", "at least a dozen members of the council", None)],
        id="a-share-opening-with-at-least-is-a-subject-not-an-adverbial"),
    pytest.param(
        "At the hearing, Ann Lee said the plant would close.",
        [("indirect", "the plant would close", "Ann Lee", None)],
        id="an-opening-at-phrase-is-still-no-subject"),
    pytest.param(
        "Ann Lee told The Daily Herald of Dover last week she would not run again.",
        [("indirect", "she would not run again", "Ann Lee", None)],
        id="told-a-named-hearer-of-a-place-and-a-time-phrase-then-the-clause"),
    pytest.param(
        "Ann Lee told The Daily Herald on Monday he was wrong.",
        [("indirect", "he was wrong", "Ann Lee", None)],
        id="told-a-named-hearer-and-a-weekday-then-the-clause"),
    pytest.param(
        "Ann Lee told The Daily Herald of her plans last week.",
        [],
        id="told-a-named-hearer-of-her-plans-is-no-report"),
    pytest.param(
        "In 2011 Tom Reed announced that the plant would close.",
        [("indirect", "the plant would close", "Tom Reed", None)],
        id="an-opening-year-without-a-comma-is-no-role"),
    pytest.param(
        "On Monday Mayor Tom Reed said the plant would close.",
        [("indirect", "the plant would close", "Tom Reed", "Mayor")],
        id="an-opening-weekday-without-a-comma-leaves-the-title"),
    pytest.param(
        "Of the 300 workers, 120 said they would strike.",
        [("indirect", "they would strike", "120", None)],
        id="a-number-after-an-opening-of-phrase-is-the-subject-not-the-phrase"),
    pytest.param(
        "Among likely voters, about two-thirds, 66 percent, say the economy is weak.",
        [("indirect", "the economy is weak", "66 percent", None)],
        id="the-subject-after-an-opening-among-phrase-and-an-apposition"),
    pytest.param(
        "In Dover, officials said the plant would close.",
        [("indirect", "the plant would close", "officials", None)],
        id="an-opening-place-phrase-still-leaves-the-plain-subject"),
    pytest.param(
        "After the vote party spokesman Bob Wells, of Dover, said it was vital that fares were kept low.",
        [("indirect", "it was vital that fares were kept low", "Bob Wells", "party spokesman")],
        id="an-of-phrase-apposition-is-no-subject-after-an-opening-phrase"),
    pytest.param(
        "Ann Lee, the mayor, said on Monday she would run again. Tom Reed said the council would "
        "endorse Ann Lee, he said. The union will also back Ann Lee, he said. Ann Lee met voters in "
        "Dover on Tuesday. \"It is time for a change,\" he said.",
        [("indirect", "she would run again", "Ann Lee", "the mayor"),
         ("indirect", "the council would endorse Ann Lee", "Tom Reed", None),
         ("indirect", "The union will also back Ann Lee", "Tom Reed", None),
         ("direct", "It is time for a change,", "Tom Reed", None)],
        id="a-he-said-after-a-name-in-object-position-is-no-evidence-of-that-names-gender"),
    pytest.param(
        "Ann Lee met Jo Ford in Dover on Monday. Jo Ford said he would run again. Ann Lee met Jo Ford "
        "in Dover on Tuesday. \"It is time for a change,\" he said.",
        [("indirect", "he would run again", "Jo Ford", None),
         ("direct", "It is time for a change,", "Jo Ford", None)],
        id="a-he-after-a-name-in-subject-position-still-gives-its-gender"),
    pytest.param(
        "\"We will win,\" said Tom Vane. Ann Lee blames the weather for the slump. \"Nobody came out in the rain.\"",
        [("direct", "We will win,", "Tom Vane", None), ("direct", "Nobody came out in the rain.", "Ann Lee", None)],
        id="a-cueless-quote-after-a-sentence-opening-with-a-new-name-is-that-persons"),
    pytest.param(
        "\"We will win,\" said Tom Vane. His friend, Ann Lee, head of the county group, blames the weather. "
        "\"Nobody came out in the rain.\"",
        [("direct", "We will win,", "Tom Vane", None), ("direct", "Nobody came out in the rain.", "Ann Lee", "head of the county group")],
        id="a-cueless-quote-after-his-friend-name-is-that-persons"),
    pytest.param(
        "\"We will win,\" said Tom Vane. Turnout was low. \"Nobody came out in the rain.\"",
        [("direct", "We will win,", "Tom Vane", None), ("direct", "Nobody came out in the rain.", "Tom Vane", None)],
        id="a-cueless-quote-after-a-sentence-with-no-new-name-stays-the-speakers"),
    pytest.param(
        "Ann Lee said the plan was late. Tom Vane, of the Green Party, called it a mess. Rob Hale attacked it, "
        "saying it needed \"more time and more money,\" not cuts.",
        [("indirect", "the plan was late", "Ann Lee", None),
         ("mixed", "it needed \"more time and more money,\" not cuts", "Rob Hale", None)],
        id="a-quote-inside-a-sentence-is-not-given-to-the-name-before-it"),
    pytest.param(
        "\"We can win,\" said student Tom Vane. A small group of farmers from Leeds agreed with him. "
        "Rain, they insisted, would not matter.",
        [("direct", "We can win,", "Tom Vane", "student"),
         ("indirect", "Rain, they insisted, would not matter", "A small group of farmers", None)],
        id="they-is-a-group-of-people-a-later-sentence-opens-with"),
    pytest.param(
        "Ten years ago Tom Vane, written off by the pundits, won the seat.",
        [],
        id="written-off-is-a-loss-not-speech"),
    pytest.param(
        "The bank wrote off the loan, Ann Lee said.",
        [("indirect", "The bank wrote off the loan", "Ann Lee", None)],
        id="wrote-off-inside-a-report-leaves-the-real-cue-alone"),
    pytest.param(
        "Ann Lee wrote that the deal was off.",
        [("indirect", "the deal was off", "Ann Lee", None)],
        id="wrote-that-is-still-a-cue"),
    pytest.param(
        "\"We can win,\" said student Tom Vane. Many young activists spoke of a landslide. "
        "They insisted the vote would not be close.",
        [("direct", "We can win,", "Tom Vane", "student"),
         ("indirect", "the vote would not be close", "Many young activists", None)],
        id="they-is-the-group-a-sentence-after-the-speaker-opens-with"),
    pytest.param(
        "\"We can win,\" said student Tom Vane. Some of the delegates spoke of a landslide. "
        "Tom Vane said the vote would not be close.",
        [("direct", "We can win,", "Tom Vane", "student"),
         ("indirect", "the vote would not be close", "Tom Vane", "student")],
        id="a-named-speaker-after-a-group-sentence-stays-the-speaker"),
    pytest.param(
        "Anybody who says the prize is unfair is jealous of her.",
        [],
        id="anybody-who-says-is-no-source"),
    pytest.param(
        "Everybody who says the vote was rigged should look at the count again.",
        [],
        id="everybody-who-says-is-no-source"),
    pytest.param(
        "Whilst Ann Lee was in Leeds, she said the plan was good.",
        [("indirect", "the plan was good", "Ann Lee", None)],
        id="whilst-opening-a-sentence-is-no-name-or-role"),
    pytest.param(
        "Tom Vane sang. Once again some odd choices were made, they are not for artistic reasons, but for profit.",
        [],
        id="a-pronoun-and-its-be-verb-before-a-cue-word-used-as-a-noun-is-no-source"),
    pytest.param(
        "Tom Vane sang. Some odd choices were made, he says, for profit.",
        [("indirect", "Some odd choices were made", "Tom Vane", None)],
        id="a-pronoun-alone-before-a-mid-sentence-cue-is-still-the-source"),
    pytest.param(
        "Tom Vane sang. He is a fan of the band, and he says the song is the best of the year.",
        [("indirect", "the song is the best of the year", "Tom Vane", None)],
        id="a-clause-with-a-be-verb-then-and-he-says-still-reports"),
    pytest.param(
        "The answer, Ann Lee says, is better trains.",
        [("indirect", "The answer, Ann Lee says, is better trains", "Ann Lee", None)],
        id="the-subject-before-a-cue-set-off-by-commas-is-no-role"),
    pytest.param(
        "The only snag, Tom Vane said, was the weather in March.",
        [("indirect", "The only snag, Tom Vane said, was the weather in March", "Tom Vane", None)],
        id="the-subject-before-a-past-cue-set-off-by-commas-is-no-role"),
    pytest.param(
        "\"He lied,\" the referee, Ann Lee, told the paper.",
        [("direct", "He lied,", "Ann Lee", "the referee")],
        id="a-description-before-a-name-between-commas-stays-its-role"),
    pytest.param(
        "Sunday Herald reporter Tom Vane said the two ministers had fallen out.",
        [("indirect", "the two ministers had fallen out", "Tom Vane", "Sunday Herald reporter")],
        id="a-weekday-before-a-capitalised-word-is-part-of-a-papers-name"),
    pytest.param(
        "The memoir, by Sunday Herald columnist Tom Vane and published last week, tells of a feud. "
        "\"They no longer trust each other,\" Mr Vane said.",
        [("direct", "They no longer trust each other,", "Tom Vane", "Sunday Herald columnist")],
        id="a-papers-weekday-name-stays-in-the-role-of-a-later-quote"),
    pytest.param(
        "On Sunday Labour leader Tom Vane said the two ministers had fallen out.",
        [("indirect", "the two ministers had fallen out", "Tom Vane", "Labour leader")],
        id="a-weekday-after-on-is-a-date-not-part-of-the-role"),
    pytest.param(
        "Last Friday Green councillor Ann Pike said the plan was dead.",
        [("indirect", "the plan was dead", "Ann Pike", "Green councillor")],
        id="a-weekday-after-last-is-a-date-not-part-of-the-role"),
    pytest.param(
        "The answer, said Ann Lee, was more money.",
        [("indirect", "The answer, said Ann Lee, was more money", "Ann Lee", None)],
        id="a-short-lead-opening-with-a-determiner-before-a-mid-cue-is-the-clauses-subject"),
    pytest.param(
        "However, said Ann Lee, the plan is dead.",
        [("indirect", "the plan is dead", "Ann Lee", None)],
        id="a-short-adverb-lead-before-a-mid-cue-stays-out-of-the-clause"),
    pytest.param(
        "\"I was there,\" said Ann Lee. \"Tom Hale said he would \"fake\" an injury in training. "
        "\"He also lied to the squad.\"",
        [("direct", "I was there,", "Ann Lee", None),
         ("direct", "Tom Hale said he would \"fake\" an injury in training.", "Ann Lee", None),
         ("direct", "He also lied to the squad.", "Ann Lee", None)],
        id="a-word-quoted-in-the-same-marks-inside-a-continued-quote-is-nested"),
    pytest.param(
        "\"I was there,\" said Ann Lee.\n\"At the meeting Tom Hale admitted he would \"fake\" an injury.\n"
        "\"He also lied to the squad.\"",
        [("direct", "I was there,", "Ann Lee", None),
         ("direct", "At the meeting Tom Hale admitted he would \"fake\" an injury.", "Ann Lee", None),
         ("direct", "He also lied to the squad.", "Ann Lee", None)],
        id="a-continuation-paragraph-with-a-nested-word-in-the-same-marks-stays-the-speakers"),
    pytest.param(
        "Tom Hale said he would \"fake\" an injury in training.",
        [("mixed", "he would \"fake\" an injury in training", "Tom Hale", None)],
        id="a-word-quoted-outside-any-quote-is-no-nested-quote"),
    pytest.param(
        "The body that checks how the grid works, grows and changes says it will hold a vote next year.",
        [("indirect", "it will hold a vote next year", "The body that checks how the grid works, grows and changes", None)],
        id="a-verb-list-in-a-relative-clause-on-the-subject-is-no-speaker-but-part-of-the-description"),
    pytest.param(
        "Any firm that turns down buyers or asks them to pay more must say why.",
        [],
        id="a-cue-coordinated-inside-a-relative-clause-has-no-subject-before-that"),
    pytest.param(
        "Journalist Gerrit Vanloon writes: “The club has no plan for next season.”",
        [("direct", "The club has no plan for next season.", "Gerrit Vanloon", "Journalist")],
        id="a-capitalised-profession-opening-the-subject-is-the-role"),
    pytest.param(
        "“The club has no plan,” said Gerrit Journal.",
        [("direct", "The club has no plan,", "Gerrit Journal", None)],
        id="a-name-word-near-a-profession-stays-in-the-name"),
    pytest.param(
        "Police receive 911 calls saying a man with a gun was seen near the school.",
        [],
        id="a-cue-form-after-a-number-is-a-plural-noun-not-the-subjects-verb"),
    pytest.param(
        "Campaign staff received 300 calls saying the polls were closed.",
        [("indirect", "the polls were closed", "Campaign staff", None)],
        id="a-number-and-an-utterance-noun-before-saying-leave-the-subject"),
    pytest.param(
        "“We will keep fighting for every vote,” said the mayor could win in towns like Troy and Elmira.",
        [("direct", "We will keep fighting for every vote,", None, None)],
        id="a-reported-clause-after-the-cue-is-no-inverted-speaker"),
    pytest.param(
        "Mr. Dale Hobb, citing “the sheer luck of it,” said the mayor could win in towns like Troy and Elmira.",
        [("direct", "the sheer luck of it,", "Dale Hobb", None),
         ("indirect", "the mayor could win in towns like Troy and Elmira", "Dale Hobb", None)],
        id="a-quote-in-an-aside-before-a-reported-clause-is-the-subjects"),
    pytest.param(
        "“We will keep fighting,” said the man who would be king.",
        [("direct", "We will keep fighting,", "the man who would be king", None)],
        id="a-modal-in-a-relative-clause-after-the-cue-keeps-the-speaker"),
    pytest.param(
        "“The road stays shut,” said a county engineer who was not cleared to speak publicly on the repairs. "
        "“Nobody can drive on it.”",
        [("direct", "The road stays shut,", "a county engineer who was not cleared to speak publicly on the repairs", None),
         ("direct", "Nobody can drive on it.", "a county engineer who was not cleared to speak publicly on the repairs",
          None)],
        id="a-restrictive-relative-clause-after-the-cue-is-part-of-the-unnamed-source"),
    pytest.param(
        "“The talks are over,” said one of three porters who saw the meeting but would not give their names.",
        [("direct", "The talks are over,", "one of three porters who saw the meeting but would not give their names",
          None)],
        id="a-restrictive-relative-clause-with-but-after-the-cue-stays-whole"),
    pytest.param(
        "“We refuse,” Tom Lee said in Ely, where rents rose 40 percent last year, according to the census.",
        [("direct", "We refuse,", "Tom Lee", None)],
        id="according-to-after-an-aside-of-a-quotes-own-cue-backs-the-aside-not-the-quote"),
    pytest.param(
        "In Ely, marchers carried drums.\n“Mend fences, not grudges,” read one sign at a march in Ridgeton, "
        "where a fifth of the people are newcomers, according to the Policy Lab.",
        [("direct", "Mend fences, not grudges,", "one sign", None)],
        id="according-to-after-a-signs-quote-and-an-aside-keeps-the-quote-whole"),
    pytest.param(
        "“We refuse,” said Tom Lee, according to Radio Ely.",
        [("mixed", "“We refuse,” said Tom Lee", "Radio Ely", None)],
        id="according-to-right-after-a-quotes-own-cue-relays-the-quote"),
    pytest.param(
        "Tom Crane is popular in the north. Some 35 percent of residents said they do not think Mr. Crane "
        "“listens to folk like us,” according to a Quill poll released in May.",
        [("mixed", "Some 35 percent of residents said they do not think Mr. Crane “listens to folk like us,”",
          "a Quill poll released in May", None)],
        id="according-to-after-a-comma-inside-the-closing-mark-reports-the-whole-sentence"),
    pytest.param(
        "Tom Crane is popular in the north. Some 35 percent of residents said they do not think Mr. Crane "
        "“listens to folk like us” according to a Quill poll released in May.",
        [("mixed", "they do not think Mr. Crane “listens to folk like us” according to a Quill poll released in May",
          "Some 35 percent of residents", None)],
        id="according-to-after-a-closing-mark-without-a-comma-stays-in-the-said-report"),
    pytest.param(
        "The theft happened on Monday. Detective Inspector Paul Moor of Wessex Police said the thief climbed a drainpipe.",
        [("indirect", "the thief climbed a drainpipe", "Paul Moor", "Detective Inspector")],
        id="a-police-rank-and-name-of-a-force-is-the-person-not-the-force"),
    pytest.param(
        "The theft happened on Monday. Chief Constable Ann Roe of Wessex Police said the thief climbed a drainpipe.",
        [("indirect", "the thief climbed a drainpipe", "Ann Roe", "Chief Constable")],
        id="chief-constable-and-name-of-a-force-is-the-person"),
    pytest.param(
        "The wall fell on Monday. An inspector from the council said the wall was sound.",
        [("indirect", "the wall was sound", "An inspector from the council", None)],
        id="an-inspector-without-a-name-stays-a-description"),
    pytest.param("Later the council asked Lee,", [], id="asked-a-name-and-a-comma-ending-the-text-is-no-report"),
    pytest.param("When the council asked Lee, Ray and Park,", [], id="asked-a-list-of-names-ending-the-text-is-no-report"),
    pytest.param(
        "The growers who met the governor on Friday say the drought plan came too late.",
        [("indirect", "the drought plan came too late", "The growers who met the governor on Friday", None)],
        id="a-time-word-ending-a-relative-clause-before-the-cue-stays-in-the-source"),
    pytest.param(
        "The growers on Friday said the drought plan came too late.",
        [("indirect", "the drought plan came too late", "The growers", None)],
        id="a-time-word-after-a-plain-subject-before-the-cue-is-no-part-of-the-source"),
    pytest.param(
        "The toll road will stay open, according to Democrats who read the draft.",
        [("indirect", "The toll road will stay open", "Democrats who read the draft", None)],
        id="a-capitalised-group-word-after-the-cue-keeps-its-restrictive-relative-clause"),
    pytest.param(
        "“The talks are over,” said Hobart who ran the port.",
        [("direct", "The talks are over,", "Hobart", None)],
        id="a-name-after-the-cue-takes-no-relative-clause-into-the-source"),
    pytest.param(
        "One of the authors of that 2014 report, Ann Fleck, said the vote would test their findings.",
        [("indirect", "the vote would test their findings", "Ann Fleck", None)],
        id="a-report-after-a-year-and-that-is-a-document-not-the-cue"),
    pytest.param(
        "Of those asked, 40 report that their pay was late.",
        [("indirect", "their pay was late", "40", None)],
        id="a-report-after-a-bare-count-is-still-the-cue"),
    pytest.param(
        "\"The law is too weak,\" said Karl Brenner, a lawmaker from Bonn.\n\n"
        "A 31-year-old Hamburg woman, meanwhile, was fined in May after posting threats online. "
        "\"Out with them!\" she wrote.",
        [("direct", "The law is too weak,", "Karl Brenner", "a lawmaker"),
         ("direct", "Out with them!", "A 31-year-old Hamburg woman", None)],
        id="she-after-a-man-spoke-is-the-unnamed-woman-the-text-went-on-to"),
    pytest.param(
        "\"The law is too weak,\" said Karl Brenner, a lawmaker from Bonn.\n\n"
        "A 31-year-old Hamburg man, meanwhile, was fined in May after posting threats online. "
        "\"It is a scandal,\" he said.",
        [("direct", "The law is too weak,", "Karl Brenner", "a lawmaker"),
         ("direct", "It is a scandal,", "Karl Brenner", "a lawmaker")],
        id="he-after-a-man-spoke-stays-his-though-an-unnamed-man-follows"),
    pytest.param(
        "The group spent $2 million on radio ads in May, according to State Elections Board filings.",
        [("indirect", "The group spent $2 million on radio ads in May", "State Elections Board filings", None)],
        id="according-to-a-body-and-its-document-noun-is-the-document"),
    pytest.param(
        "The nurse had worked at the clinic since 2009, according to her LinkedIn profile.",
        [("indirect", "The nurse had worked at the clinic since 2009", "her LinkedIn profile", None)],
        id="according-to-a-possessed-site-and-its-document-noun-is-the-document"),
    pytest.param(
        "“We are ready,” said Brightway spokesman Tom Hale.",
        [("direct", "We are ready,", "Tom Hale", "Brightway spokesman")],
        id="a-body-and-a-role-noun-after-the-cue-is-no-document"),
    pytest.param(
        "“It is part of his plan,” said Elmford resident Stella Hooten of Derry.",
        [("direct", "It is part of his plan,", "Stella Hooten", "Elmford resident")],
        id="a-role-noun-then-a-name-then-of-a-place-after-the-cue-is-the-name"),
    pytest.param(
        "“It is part of his plan,” said Stella Hooten of Derry.",
        [("direct", "It is part of his plan,", "Stella Hooten", None)],
        id="a-name-then-of-a-place-after-the-cue-takes-no-role"),
    pytest.param(
        "“The talks are over,” said a harbour clerk who spoke on condition of anonymity.",
        [("direct", "The talks are over,", "a harbour clerk", None)],
        id="an-anonymity-clause-after-the-cue-is-no-part-of-the-source"),
    pytest.param(
        "“The talks are over,” said the harbour master, who spoke after the vote.",
        [("direct", "The talks are over,", "the harbour master", None)],
        id="a-relative-clause-after-a-comma-is-no-part-of-the-unnamed-source"),
    pytest.param(
        "The Senate Tuesday said it would review the budget.",
        [("indirect", "it would review the budget", "The Senate", None)],
        id="a-weekday-right-before-the-cue-dates-the-report-not-the-speaker"),
    pytest.param(
        "Super Tuesday voters said it would be close.",
        [("indirect", "it would be close", "Super Tuesday voters", None)],
        id="a-weekday-in-a-name-stays-in-the-speaker"),
    pytest.param(
        "Most farmers heading to the fair Friday said the prices were too high.",
        [("indirect", "the prices were too high", "Most farmers heading to the fair Friday", None)],
        id="a-weekday-of-a-participle-phrase-stays-in-the-speaker"),
    pytest.param(
        "Ardith Vell met Corwin Mabe at the hall on Monday. Ms Vell has run the hall for years. "
        "He says she is unfit for the post.",
        [("indirect", "she is unfit for the post", "Corwin Mabe", None)],
        id="he-after-a-woman-of-unknown-given-name-is-the-other-person-named"),
    pytest.param(
        "Ardith Vell met Corwin Mabe at the hall on Monday. Ms Vell has run the hall for years. "
        "She says he is unfit for the post.",
        [("indirect", "he is unfit for the post", "Ardith Vell", None)],
        id="she-after-a-woman-of-unknown-given-name-stays-hers"),
    pytest.param(
        "\"Rules first,\" says Omar Vance, deputy managing director of Leeds-based oil and gas consultancy Redmoor "
        "Energy Services, which opened in 2003.",
        [("direct", "Rules first,", "Omar Vance",
          "deputy managing director of Leeds-based oil and gas consultancy Redmoor Energy Services")],
        id="and-between-a-named-bodys-modifiers-stays-in-the-role"),
    pytest.param(
        "\"Rules first,\" said Ann Lee, head of research and a former analyst at Acme.",
        [("direct", "Rules first,", "Ann Lee", "head of research")],
        id="and-before-a-second-apposition-still-ends-the-role"),
    pytest.param(
        "\"I think they will struggle,\" said Omar Vance, chairman of Save Our Park - a group fighting to stop a "
        "new road in Milton, Kent.",
        [("direct", "I think they will struggle,", "Omar Vance", "chairman of Save Our Park")],
        id="spaced-dash-after-the-bodys-name-ends-the-role"),
    pytest.param(
        "One possible reason for the slump, Ms Harlow says, is the fact that many riders are driving.",
        [("indirect", "One possible reason for the slump, Ms Harlow says, is the fact that many riders are driving",
          "Harlow", None)],
        id="subject-lead-then-mid-cue-then-finite-verb-is-the-whole-sentence"),
    pytest.param(
        "This, Ms Harlow warns, is \"alarming\" and bad for the network too.",
        [("mixed", "This, Ms Harlow warns, is \"alarming\" and bad for the network too", "Harlow", None)],
        id="demonstrative-lead-then-mid-cue-keeps-the-demonstrative"),
    pytest.param(
        "He now had a permit for the hall - and the permit, his aides said, had been hard to get.",
        [("indirect", "had been hard to get", "his aides", None)],
        id="lead-with-a-dash-clause-is-not-the-subject-of-the-mid-cue-report"),
    pytest.param(
        "One of the losing bidders, Dutch-based group OMX, said it welcomed the ruling.",
        [("indirect", "it welcomed the ruling", "OMX", None)],
        id="description-then-body-noun-and-name-apposition-gives-the-body"),
    pytest.param(
        "One of the losing bidders, a steel group, said it welcomed the ruling.",
        [("indirect", "it welcomed the ruling", "One of the losing bidders", None)],
        id="description-then-unnamed-apposition-keeps-the-description"),
    pytest.param(
        "Meanwhile, food group Brightway is planning a campaign against \"unfair\" claims about its snacks.",
        [], id="quoted-adjective-then-plural-noun-cue-and-preposition-is-no-quote"),
    pytest.param(
        "\"The dock is unsafe,\" claims Ann Lee, a harbour pilot.",
        [("direct", "The dock is unsafe,", "Ann Lee", "a harbour pilot")],
        id="plural-looking-cue-before-a-speaker-still-reports"),
    pytest.param(
        "Traders see next month's budget report from the council as key in judging whether taxes will rise.",
        [], id="possessive-then-singular-noun-then-bare-cue-form-is-a-noun"),
    pytest.param(
        "The council's staff report that taxes will rise.",
        [("indirect", "taxes will rise", "The council's staff", None)],
        id="possessive-then-noun-then-bare-cue-and-that-still-reports"),
    pytest.param(
        "“We will grow,” Brindle chief executive Ann Lee said. The company also unveiled steps to trim prices. "
        "It added that it aims to invest £5m in new shops.",
        [("direct", "We will grow,", "Ann Lee", "Brindle chief executive"),
         ("indirect", "it aims to invest £5m in new shops", "The company", None)],
        id="it-after-a-person-is-the-body-opening-a-later-sentence"),
    pytest.param(
        "“We will grow,” Ann Lee, director of the Reading Circle, told reporters. "
        "The group keeps a list of books which it says pupils can borrow.",
        [("direct", "We will grow,", "Ann Lee", "director of the Reading Circle"),
         ("indirect", "pupils can borrow", "The group", None)],
        id="it-in-a-relative-clause-on-a-body-subject"),
    pytest.param(
        "“We will grow,” Brindle chief executive Ann Lee said. The weather was poor. "
        "It added that it aims to invest £5m in new shops.",
        [("direct", "We will grow,", "Ann Lee", "Brindle chief executive"),
         ("indirect", "it aims to invest £5m in new shops", "Ann Lee", "Brindle chief executive")],
        id="it-with-no-body-named-since-stays-with-the-speaker"),
    pytest.param(
        "Trawler Captain Ostrowski: Harbor Fees ‘Will Sink Us’\nThe port board met on Monday.\n"
        "Ostrowski said the new fees would ruin small boats.",
        [("mixed", "Harbor Fees ‘Will Sink Us’", "Ostrowski", "Trawler Captain"),
         ("indirect", "the new fees would ruin small boats", "Ostrowski", "Trawler Captain")],
        id="headline-label-whose-surname-the-body-gives-as-a-speaker"),
    pytest.param(
        "Big Day For Ostrowski: Harbor Board Delays Vote\nThe port board met on Monday.\nOstrowski welcomed the delay.",
        [],
        id="headline-label-whose-last-word-never-speaks-is-no-source"),
    pytest.param(
        "Fact-checkers at the Ledger examined Dana Whitcombe’s claim that the harbor had lost nine thousand jobs.",
        [("indirect", "the harbor had lost nine thousand jobs", "Dana Whitcombe", None)],
        id="possessed-claim-that-reports-its-owner"),
    pytest.param(
        "Despite Mr. Orvell's claims that his farm earns a million dollars, the county lists it as bankrupt.",
        [("indirect", "his farm earns a million dollars", "Orvell", None)],
        id="possessed-claims-in-an-opening-phrase-end-at-its-comma"),
    pytest.param(
        "Dana Whitcombe never cited a source for her claim that the harbor had lost nine thousand jobs.",
        [("indirect", "the harbor had lost nine thousand jobs", "Dana Whitcombe", None)],
        id="claim-owned-by-a-possessive-pronoun"),
    pytest.param(
        "The committee rejected the claim that the harbor had lost nine thousand jobs.",
        [],
        id="claim-that-without-an-owner-is-no-report"),
    pytest.param(
        "The ferry line's claim that the harbor had lost nine thousand jobs was repeated.",
        [],
        id="claim-owned-by-a-lower-case-body-is-no-report"),
    pytest.param(
        "“We will not back down,” Senator Mary Jones said on Tuesday.",
        [("direct", "We will not back down,", "Mary Jones", "Senator")],
        id="post-cue-name-said"),
    pytest.param(
        "“The plan is dead,” said Tom Baker, a senior fellow at the Fairmont Institution.",
        [("direct", "The plan is dead,", "Tom Baker", "a senior fellow at the Fairmont Institution")],
        id="said-name-apposition"),
    pytest.param(
        "Governor Ann Lee said that the budget would be balanced by June.",
        [("indirect", "the budget would be balanced by June", "Ann Lee", "Governor")],
        id="indirect-that"),
    pytest.param(
        "According to Paul Smith, the deal was signed last week.",
        [("indirect", "the deal was signed last week", "Paul Smith", None)],
        id="according-to"),
    pytest.param(
        "Mayor Carl Diaz visited the site. “Everyone is safe,” he said.",
        [("direct", "Everyone is safe,", "Carl Diaz", "Mayor")],
        id="pronoun-he"),
    pytest.param("Mayor Ruth Alvarez said Thursday she would veto the transit plan.", [("indirect", "she would veto the transit plan", "Ruth Alvarez", "Mayor")], id="said-weekday-clause"),
    pytest.param("Mayor Ruth Alvarez said on Monday night the transit plan was too costly.", [("indirect", "the transit plan was too costly", "Ruth Alvarez", "Mayor")], id="said-on-weekday-night-clause"),
    pytest.param("Senator Owen Price praised the harvest report on Tuesday and said the drought relief would arrive soon.", [("indirect", "the drought relief would arrive soon", "Owen Price", "Senator")], id="second-verb-after-and"),
    pytest.param("Owen Price said the bill was dead, and said the vote would come next year anyway.", [("indirect", "the bill was dead", "Owen Price", None), ("indirect", "the vote would come next year anyway", "Owen Price", None)], id="two-reports-joined-by-and"),
    pytest.param("Hugo Marsh opened a hotel in Denver. “We will open another one next spring,” Marsh said at Marsh Tower.", [("direct", "We will open another one next spring,", "Hugo Marsh", None)], id="surname-not-linked-to-building"),
    pytest.param("“We lost our son in the war,” Nora Vance said. Her husband, Carl Vance, stood beside her. “Nobody should forget what he gave,” Vance said.", [("direct", "We lost our son in the war,", "Nora Vance", None), ("direct", "Nobody should forget what he gave,", "Nora Vance", None)], id="shared-surname-goes-to-last-speaker"),
    pytest.param("“The budget is a mess and we know it,” said Sen. Ellen Brody.", [("direct", "The budget is a mess and we know it,", "Ellen Brody", None)], id="said-abbreviated-honorific"),
    pytest.param("“The budget is a mess and we know it,” said Walter J. Penn.", [("direct", "The budget is a mess and we know it,", "Walter J. Penn", None)], id="said-middle-initial"),
    pytest.param("As the crowd cheered on Friday night, Dana Holt said, “This is our town.”", [("direct", "This is our town.", "Dana Holt", None)], id="subordinate-lead-is-not-reported"),
    pytest.param("At a rally in Dayton, Dana Holt called her rival a fraud.", [], id="post-cue-with-object-is-not-reported"),
    pytest.param('Councillor Jon Fenwick toured the flooded streets. He added he was relieved nobody had been hurt.', [('indirect', 'he was relieved nobody had been hurt', 'Jon Fenwick', 'Councillor')], id='bbc-added-bare-pronoun-clause'),
    pytest.param('Councillor Jon Fenwick toured the flooded streets. He added the council would pay for the repairs.', [('indirect', 'the council would pay for the repairs', 'Jon Fenwick', 'Councillor')], id='bbc-added-bare-determiner-clause'),
    pytest.param('Councillor Jon Fenwick toured the flooded streets. He added it to the list of repairs.', [], id='bbc-added-object-is-not-reported'),
    pytest.param('The bakery chain Crumbworth added 200 jobs last year.', [], id='bbc-added-number-object-is-not-reported'),
    pytest.param("Councillor Jon Fenwick toured the flooded streets. Later, he told KDB Radio 4's Breakfast programme the defences had held up well.", [('indirect', 'the defences had held up well', 'Jon Fenwick', 'Councillor')], id='bbc-told-radio-programme-clause'),
    pytest.param('Treasury minister Ruth Sandle told MPs winter fuel payments would rise by £20.', [('indirect', 'winter fuel payments would rise by £20', 'Ruth Sandle', 'Treasury minister')], id='bbc-told-mps-bare-clause'),
    pytest.param('Councillor Jon Fenwick toured the flooded streets. He told BBC News the defences had held up well.', [('indirect', 'the defences had held up well', 'Jon Fenwick', 'Councillor')], id='bbc-told-bbc-news-clause'),
    pytest.param('Treasury minister Ruth Sandle told MPs of her plans for the winter.', [], id='bbc-told-mps-of-plans-is-not-reported'),
    pytest.param('Mayor Dan Ruiz told Texans this weekend he would fight the plan.', [('indirect', 'he would fight the plan', 'Dan Ruiz', 'Mayor')], id='bbc-told-hearer-time-phrase-then-clause'),
    pytest.param('Grain exports from the region will fall sharply next year, a leading charity has warned.', [('indirect', 'Grain exports from the region will fall sharply next year', 'a leading charity', None)], id='bbc-lead-described-source-has-warned'),
    pytest.param('Grain exports from the region will fall sharply next year, a charity has warned. Harvestaid said the drought had cut yields. It added that farmers would need help.', [('indirect', 'Grain exports from the region will fall sharply next year', 'a charity', None), ('indirect', 'the drought had cut yields', 'Harvestaid', None), ('indirect', 'farmers would need help', 'Harvestaid', None)], id='bbc-lead-indefinite-source-not-it'),
    pytest.param('"The river rose in an hour," said Councillor Jon Fenwick.', [('direct', 'The river rose in an hour,', 'Jon Fenwick', 'Councillor')], id='bbc-councillor-title'),
    pytest.param('"We should hold firm on prices," said Dan Ford, Grainco chief economist.', [('direct', 'We should hold firm on prices,', 'Dan Ford', 'Grainco chief economist')], id='bbc-said-name-org-title-apposition'),
    pytest.param('"We should hold firm on prices," said Dan Ford, Grainco director general. "Farmers still face problems."', [('direct', 'We should hold firm on prices,', 'Dan Ford', 'Grainco director general'), ('direct', 'Farmers still face problems.', 'Dan Ford', 'Grainco director general')], id='bbc-said-name-org-two-word-title'),
    pytest.param('"We should hold firm on prices," said Dan Ford, Grainco has said.', [('direct', 'We should hold firm on prices,', 'Dan Ford', None)], id='bbc-said-name-then-clause-is-no-role'),
    pytest.param('"We used to see card sharps do this," Ivan Petrov - then adviser to President Karl Moss - told a press conference. "Now ministers are doing it."', [('direct', 'We used to see card sharps do this,', 'Ivan Petrov', 'then adviser to President Karl Moss'), ('direct', 'Now ministers are doing it.', 'Ivan Petrov', 'then adviser to President Karl Moss')], id='bbc-dash-aside-between-name-and-cue'),
    pytest.param('"Prices will hold," Ivan Petrov - the bank\'s chief economist - said on Monday.', [('direct', 'Prices will hold,', 'Ivan Petrov', "the bank's chief economist")], id='bbc-dash-aside-role'),
    pytest.param("Councillor Jon Fenwick toured the flooded streets. Later, he told KDB Radio 4's Breakfast programme the Harbour Agency had done well.", [('indirect', 'the Harbour Agency had done well', 'Jon Fenwick', 'Councillor')], id='bbc-told-programme-then-capitalised-subject'),
    pytest.param('Max Lane, a policy adviser at Grainaid, said: "Ministers must act now." "Two million farmers will lose their land." Talks are going on about how to pay for the plan.', [('direct', 'Ministers must act now.', 'Max Lane', 'a policy adviser at Grainaid'), ('direct', 'Two million farmers will lose their land.', 'Max Lane', 'a policy adviser at Grainaid')], id='bbc-progressive-verb-after-quote-is-no-cue'),
    pytest.param('Low-fare carriers have attacked the new rules, arguing that the refunds could cost more than the tickets.', [('indirect', 'the refunds could cost more than the tickets', 'Low-fare carriers', None)], id='bbc-hyphen-adjective-opens-subject'),
    pytest.param('Anglo-Swiss drinks maker Brellow is to shut two plants, arguing that demand has collapsed.', [('indirect', 'demand has collapsed', 'Brellow', 'Anglo-Swiss drinks maker')], id='bbc-nationality-compound-opens-title'),
    pytest.param('Mary-Beth Coyle has said the refunds could cost more than the tickets.', [('indirect', 'the refunds could cost more than the tickets', 'Mary-Beth Coyle', None)], id='bbc-hyphenated-name-stays-a-name'),
    pytest.param("Finance minister Tom Lane told the BBC's Newsnight programme the grain plan was dead.", [('indirect', 'the grain plan was dead', 'Tom Lane', 'Finance minister')], id='bbc-told-titled-show-programme-then-clause'),
    pytest.param("The new levy would cut school budgets by half, Dana Holt said in a statement.", [("indirect", "The new levy would cut school budgets by half", "Dana Holt", None)], id="post-cue-then-place-phrase"),
    pytest.param("Carla Ruiz, of Dayton, Ohio, said she had waited four hours to vote.",
                 [("indirect", "she had waited four hours to vote", "Carla Ruiz", None)], id="home-town-apposition"),
    pytest.param("Former prosecutor Glen Moss spoke first. “They are within reach,” Moss said.",
                 [("direct", "They are within reach,", "Glen Moss", "Former prosecutor")], id="surname-keeps-given-name"),
    pytest.param(
        "Voters are angry about prices. ''This is not reform at all,'' said Alan Croft, an economist at the Tax Policy Center.",
        [("direct", "This is not reform at all,", "Alan Croft", "an economist at the Tax Policy Center")],
        id="nyt-double-apostrophe-said-name"),
    pytest.param(
        "Turnout among young voters fell sharply this year, according to early results of voter surveys conducted for the cable networks.",
        [("indirect", "Turnout among young voters fell sharply this year",
          "early results of voter surveys conducted for the cable networks", None)],
        id="according-to-document-full-phrase"),
    pytest.param(
        "“We are going to win this state,” Harris said, looking out at the crowd.",
        [("direct", "We are going to win this state,", "Harris", None)],
        id="said-then-participle-aside"),
    pytest.param(
        "The campaign will move its headquarters to Ohio next month, another aide said.",
        [("indirect", "The campaign will move its headquarters to Ohio next month", "another aide", None)],
        id="post-cue-any-described-source"),
    pytest.param("Twenty states led by Texas are challenging the new rule in court.", [], id="states-noun-not-cue"),
    pytest.param(
        "Ohio Gov. Dana Whitfield, who had backed the bill, sounded doubtful this week. “We have no money left for roads,” she told reporters.",
        [("direct", "We have no money left for roads,", "Dana Whitfield", None)],
        id="pronoun-after-abbreviated-title-subject"),
    pytest.param(
        "“Nobody here trusts the polls,” said Montana ranch owner Clara Hedlund, a lifelong Democrat.",
        [("direct", "Nobody here trusts the polls,", "Clara Hedlund", "Montana ranch owner")],
        id="said-place-title-name"),
    pytest.param(
        "''We will rebuild the plant,'' Ms. Okafor, a former union steward and city council member, said flatly.",
        [("direct", "We will rebuild the plant,", "Okafor", "a former union steward and city council member")],
        id="name-long-apposition-said"),
    pytest.param(
        "Senator Jane Holt asked the witnesses whether they would accept the results of the election.",
        [("indirect", "whether they would accept the results of the election", "Jane Holt", "Senator")],
        id="asked-whether-question"),
    pytest.param(
        "Governor Paul Reed, a former prosecutor, opened the hearing by saying that the state budget would be balanced by June.",
        [("indirect", "the state budget would be balanced by June", "Paul Reed", "Governor")],
        id="by-saying-main-subject-past-apposition"),
    pytest.param(
        "Senator Maria Lopez said the bill would cut costs for families and called for a vote before the recess.",
        [("indirect", "the bill would cut costs for families", "Maria Lopez", "Senator")],
        id="indirect-ends-before-second-predicate"),
    pytest.param(
        "The new tariffs are \"a tax on every farmer in Iowa,\" Governor Tom Reyes said on Monday.",
        [("mixed", "The new tariffs are \"a tax on every farmer in Iowa,\"", "Tom Reyes", "Governor")],
        id="mixed-lead-then-post-cue"),
    # post-cue after a sentence that leads into quoted fragments: one mixed quote
    pytest.param("The ferry service was a “costly failure” that left “whole islands stranded,” Governor Iris Cole said.", [("mixed", "The ferry service was a “costly failure” that left “whole islands stranded,”", "Iris Cole", "Governor")], id="post-cue-after-lead-into-fragments-is-mixed"),
    pytest.param("“The ferry is late again,” Iris Cole said.", [("direct", "The ferry is late again,", "Iris Cole", None)], id="post-cue-after-opening-quote-stays-direct"),
    pytest.param("Iris Cole scolded the board: “The ferry is late again and nobody cares,” she said.", [("direct", "The ferry is late again and nobody cares,", "Iris Cole", None)], id="colon-lead-is-not-mixed"),
    # post-only cues ("added", "replied") before a clause opened by "that"
    pytest.param("Mayor Ruth Alvarez added that the tunnel would reopen in March.", [("indirect", "the tunnel would reopen in March", "Ruth Alvarez", "Mayor")], id="added-that-clause"),
    pytest.param("Ruth Alvarez added three new parks to the city plan.", [], id="added-with-object-is-not-reported"),
    # relative "who said": the antecedent is the source; a ", who …," clause ends at its comma
    pytest.param("Ruth Alvarez, who said the tunnel would reopen in March, left the meeting early.", [("indirect", "the tunnel would reopen in March", "Ruth Alvarez", None)], id="who-said-relative-clause"),
    pytest.param("The plan was backed by Ruth Alvarez, who said it would cut commuting times.", [("indirect", "it would cut commuting times", "Ruth Alvarez", None)], id="who-said-after-name-in-phrase"),
    pytest.param("Those who say otherwise have not read the tunnel report.", [], id="those-who-say-is-not-a-source"),
    # "Name: statement" headlines (the label is someone the article names again) and transcripts
    pytest.param("Ann Cole: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Ferry Fares Must Rise This Year", "Ann Cole", "the harbour chief")], id="headline-label-names-a-source"),
    pytest.param("Breaking: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-kicker-is-not-a-source"),
    pytest.param("Harbour Talks: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-label-not-named-again-is-not-a-source"),
    pytest.param("Cole camp: Ferry fares must rise this year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Ferry fares must rise this year", "Cole camp", None)], id="headline-label-with-group-word-names-a-source"),
    pytest.param("Harbour News Daily: A Port at War.\n\nOn Monday, Harbour News Daily hosted Ann Cole, the harbour chief.", [], id="headline-label-ending-in-a-series-word-is-a-show-not-a-source"),
    pytest.param("Harbour Daily: Fares Must Rise.\n\nAnn Cole, the harbour chief, spoke to Harbour Daily on Monday.", [], id="headline-label-naming-a-daily-is-a-show-not-a-source"),
    pytest.param("The Harbour Chief: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Ferry Fares Must Rise This Year", "The Harbour Chief", None)], id="headline-label-with-the-and-a-title-names-a-source"),
    pytest.param("The Seventh Gate: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-label-with-the-and-no-role-word-is-no-source"),
    pytest.param("Fury Over Fares: Ferry Users Must Pay More.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-label-with-over-is-a-phrase-not-a-source"),
    pytest.param("Cole sees red: Ferry fares must rise this year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-label-with-other-lower-word-is-no-source"),
    pytest.param("Cole to Ferry Users: Fares must rise this year.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Fares must rise this year", "Ann Cole", "the harbour chief")], id="headline-label-with-audience-names-a-source"),
    pytest.param("Former Mayor Ann Cole at Port Summit: Fares must rise this year.\n\nShe spoke on Monday.", [("indirect", "Fares must rise this year", "Ann Cole", "Former Mayor")], id="headline-label-with-venue-names-a-source"),
    pytest.param("A Plan to Save the Port: Sell the Old Ferries.\n\nThe Plan was drawn up by Ann Cole, the harbour chief.", [], id="headline-noun-phrase-with-to-is-no-label"),
    pytest.param("EXCLUSIVE – Ann Cole: Ferry Fares Must Rise.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Ferry Fares Must Rise", "Ann Cole", "the harbour chief")], id="headline-label-after-kicker-and-dash"),
    pytest.param("HARBOUR – Ann Cole: Ferry Fares Must Rise.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-label-after-non-kicker-dash-is-no-source"),
    pytest.param("Ann Cole Just Announced Her Plan For The Ferry Fares.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Her Plan For The Ferry Fares", "Ann Cole", "the harbour chief")], id="title-case-headline-just-announced-is-a-cue"),
    pytest.param("Ann Cole Vows To Cut Ferry Fares Before Winter.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "To Cut Ferry Fares Before Winter", "Ann Cole", "the harbour chief")], id="title-case-headline-vows-is-a-cue"),
    pytest.param("Newly Announced Ferry Fares Anger Island Commuters.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="title-case-headline-participle-is-no-cue"),
    pytest.param("Ann Cole spoke on Monday. The Vows Of The Harbour Guild were read out.", [], id="capitalised-cue-form-outside-headline-is-no-cue"),
    pytest.param("The interview follows.\nMARSH: Welcome back to the harbour show tonight.\nCOLE: Thanks, the fares really must rise this year.\nMARSH: So when will the new ferry arrive?\nCOLE: Not before the fuel bill comes down.", [("indirect", "Welcome back to the harbour show tonight", "Marsh", None), ("indirect", "Thanks, the fares really must rise this year", "Cole", None), ("indirect", "So when will the new ferry arrive?", "Marsh", None), ("indirect", "Not before the fuel bill comes down", "Cole", None)], id="transcript-labels"),
    pytest.param("The count so far.\nCole: 1,547.\nMarsh: 1,201.\nGreen: 96.", [], id="tally-labels-are-not-statements"),
    # title-case headline cues ("Cole Says …") count when the body names the subject again
    pytest.param("Ann Cole Says Ferry Fares Must Rise.\n\nAnn Cole, the harbour chief, spoke on Monday.", [("indirect", "Ferry Fares Must Rise", "Ann Cole", "the harbour chief")], id="headline-says-cue"),
    pytest.param("Harbour Chief Defends Herself Against Critics Who Says Fares Must Rise.\n\nAnn Cole, the harbour chief, spoke on Monday.", [], id="headline-title-case-phrase-is-not-a-subject"),
    pytest.param("The Ferry Says Goodbye.\n\nThe old boat left the harbour on Monday.", [], id="headline-says-short-object"),
    # … or by its head word alone after a present-tense cue ("Says", "Reveals")
    pytest.param("Marta Keller Says The Bridge Will Open In May.\n\nKeller, who chairs the works committee, spoke at the town hall.",
                 [("indirect", "The Bridge Will Open In May", "Marta Keller", None)], id="headline-says-surname-in-body"),
    pytest.param("Former Harbor Pilot Says The Ferry Schedule Is Unsafe.\n\nA former harbor pilot from Dunmore spoke to the council.",
                 [("indirect", "The Ferry Schedule Is Unsafe", "Harbor Pilot", "Former")], id="headline-says-description-in-body"),
    pytest.param("Newly Released Letter Reveals The Mayor Knew About The Leak.\n\nThe letter, sent in March, was published on Friday.",
                 [("indirect", "The Mayor Knew About The Leak", "Newly Released Letter", None)], id="headline-reveals-cue"),
    pytest.param("Lowland Farmers Says The River Is Rising.\n\nThe council met on Monday to discuss the flood defences.", [],
                 id="headline-subject-head-word-not-in-body"),
    pytest.param("Ten Things Voters Said That Got Us Thinking.\n\nVoters in Millbrook spoke to us about taxes and schools.", [],
                 id="headline-past-said-relative-not-a-cue"),
    # a headline label that is a cue form used as a source noun ("Report:")
    pytest.param("Report: Mayor Berg To Speak At Party Convention\n\nThe mayor of Dunmore will speak next month.",
                 [("indirect", "Mayor Berg To Speak At Party Convention", "Report", None)], id="headline-report-label"),
    pytest.param("Report: Will The Ferry Run Again?\n\nThe harbour board met on Monday.", [], id="headline-report-label-question"),
    pytest.param("The board met on Monday.\nReport: the ferry will run again in May.", [], id="report-label-not-headline"),
    # ", while" and a clause of contrast ends the report; not a "while" aside, nor one opening the report
    pytest.param("Anna Berg said most of the teachers wanted a strike, while 40 members favored a vote.",
                 [("indirect", "most of the teachers wanted a strike", "Anna Berg", None)], id="report-ends-before-while-contrast"),
    pytest.param("Anna Berg said the scandal, while troublesome, was handled well.",
                 [("indirect", "the scandal, while troublesome, was handled well", "Anna Berg", None)], id="while-aside-stays-in-report"),
    pytest.param("And so, Anna Berg said, while some of her neighbours are horrified by the plan, they admire the mayor.",
                 [("indirect", "while some of her neighbours are horrified by the plan, they admire the mayor", "Anna Berg", None)],
                 id="while-clause-opening-report-kept"),
    # so does ", after" and the event it follows; not "after all"
    pytest.param("Anna Berg said the mayor is at least fairly decisive, after half of the council said so in May.",
                 [("indirect", "the mayor is at least fairly decisive", "Anna Berg", None)], id="report-ends-before-after-clause"),
    pytest.param("Anna Berg said the mayor was right, after all.",
                 [("indirect", "the mayor was right, after all", "Anna Berg", None)], id="after-all-stays-in-report"),
    # a report cut before the next clause's subject leaves no conjunction or comma dangling at its end
    pytest.param("Anna Berg said the mill would close in May, but she denied that workers would lose their pensions.",
                 [("indirect", "the mill would close in May", "Anna Berg", None),
                  ("indirect", "workers would lose their pensions", "Anna Berg", None)], id="no-dangling-but-after-report"),
    pytest.param("Anna Berg said the fund would be disbanded if the mayor won, and she added that the charity would close.",
                 [("indirect", "the fund would be disbanded if the mayor won", "Anna Berg", None),
                  ("indirect", "the charity would close", "Anna Berg", None)], id="no-dangling-and-after-report"),
    pytest.param("Anna Berg insisted the new tolls would hit the farmers themselves, Tom Reed clarified that it would be legal.",
                 [("indirect", "the new tolls would hit the farmers themselves", "Anna Berg", None),
                  ("indirect", "it would be legal", "Tom Reed", None)], id="no-dangling-comma-after-report"),
    pytest.param("The board said that it would admit 250,000 visitors next year.",
                 [("indirect", "it would admit 250,000 visitors next year", "The board", None)], id="thousands-comma-kept"),
    # ", saying …" after a subordinate opener or a described subject
    pytest.param("After losing two votes on Tuesday night, Ruth Alvarez attacked the transit plan, saying it would bankrupt the city.", [("indirect", "it would bankrupt the city", "Ruth Alvarez", None)], id="saying-after-subordinate-opener"),
    pytest.param("The harbour chief rebuked her critics, saying the fares will rise in May.", [("indirect", "the fares will rise in May", "The harbour chief", None)], id="saying-after-described-subject"),
    pytest.param("The ferry left the harbour at noon, carrying two hundred passengers to the island.", [], id="participle-without-cue-is-not-reported"),
    # an occasion between the cue and its clause: "said in an interview she would …"
    pytest.param("Mayor Ruth Alvarez said in an interview she would veto the transit plan.", [("indirect", "she would veto the transit plan", "Ruth Alvarez", "Mayor")], id="said-occasion-then-pronoun-clause"),
    pytest.param("Ruth Alvarez told reporters at the depot on Monday she would veto the transit plan.", [("indirect", "she would veto the transit plan", "Ruth Alvarez", None)], id="told-hearer-occasion-then-clause"),
    pytest.param("Ruth Alvarez spoke at the depot where she cut a ribbon.", [], id="occasion-without-cue-is-not-reported"),
    pytest.param("Dana Cole said she would run. “We will win this state,” said Paul Reed. Reed said he was sure of it. “Nobody in this town trusts him,” she said.", [("indirect", "she would run", "Dana Cole", None), ("direct", "We will win this state,", "Paul Reed", None), ("indirect", "he was sure of it", "Paul Reed", None), ("direct", "Nobody in this town trusts him,", "Dana Cole", None)], id="she-skips-male-speaker-to-earlier-woman"),
    pytest.param("Paul Reed said he would not run again. Ms. Dana Cole, his rival, spoke next. “Nobody in this town trusts him,” she said.", [("indirect", "he would not run again", "Paul Reed", None), ("direct", "Nobody in this town trusts him,", "Dana Cole", None)], id="she-skips-male-speaker-to-woman-named-since"),
    pytest.param("Paul Reed said he would not run again. Ms. Dana Cole, his rival, spoke next. “Nobody in this town trusts her,” he said.", [("indirect", "he would not run again", "Paul Reed", None), ("direct", "Nobody in this town trusts her,", "Paul Reed", None)], id="he-stays-with-male-speaker"),
    pytest.param("“We will win this state,” said Rita Lowe. Mr. Hal Berg, her opponent, stood nearby. “I feel good about the numbers,” she said.", [("direct", "We will win this state,", "Rita Lowe", None), ("direct", "I feel good about the numbers,", "Rita Lowe", None)], id="she-stays-with-speaker-by-given-name"),
    pytest.param("“We will win this state,” said Vesna Lowe. Mr. Hal Berg, her opponent, stood nearby. “I feel good about the numbers,” she said.", [("direct", "We will win this state,", "Vesna Lowe", None), ("direct", "I feel good about the numbers,", "Vesna Lowe", None)], id="she-stays-with-speaker-of-unknown-gender"),
    pytest.param("Democratic presidential candidate Ann Miller is touring the state this week. “We have come a long way,” she told supporters.", [("direct", "We have come a long way,", "Ann Miller", "Democratic presidential candidate")], id="subject-after-lowercase-title-words"),
    pytest.param("“The plan will work,” said Tom Baker, the mayor. Pressed again about the race, Tom Baker just talked about baseball. “So if the post opens up, let me know,” he said.", [("direct", "The plan will work,", "Tom Baker", "the mayor"), ("direct", "So if the post opens up, let me know,", "Tom Baker", "the mayor")], id="subject-after-participle-opener"),
    pytest.param("“I love this park,” said Nina Ruiz. With one foot on her board, Ms. Lopez gazed across the square. “Every time we skate, the city notices us,” she said.", [("direct", "I love this park,", "Nina Ruiz", None), ("direct", "Every time we skate, the city notices us,", "Lopez", None)], id="honorific-surname-subject-after-opener"),
    pytest.param("Mr. Baker shook his head and said, “We will not raise taxes this year.”", [("direct", "We will not raise taxes this year.", "Baker", None)], id="first-predicate-before-cue-names-subject"),
    pytest.param("“We never locked our doors,” said Olive Marsh. Even now at 86 she said, “I still walk to the market every morning.”", [("direct", "We never locked our doors,", "Olive Marsh", None), ("direct", "I still walk to the market every morning.", "Olive Marsh", None)], id="phrase-ending-in-pronoun-is-pronoun"),
    pytest.param("Interestingly Carla Diaz said that the vote would be delayed until March.", [("indirect", "the vote would be delayed until March", "Carla Diaz", None)], id="sentence-adverb-not-in-name"),
    pytest.param("As Harbor News reported, the council never voted on the bill.", [("indirect", "the council never voted on the bill", "Harbor News", None)], id="as-is-not-part-of-the-source"),
    pytest.param("Many said that the new rules would hurt small shops.", [("indirect", "the new rules would hurt small shops", "Many", None)], id="quantifier-alone-is-a-description"),
    pytest.param("“This is a dangerous moment,” said Reed’s top foreign policy aide Lila Grant.", [("direct", "This is a dangerous moment,", "Lila Grant", "Reed’s top foreign policy aide")], id="said-possessor-title-name"),
    pytest.param("“The deal is done,” said Ben Harlow.", [("direct", "The deal is done,", "Ben Harlow", None)], id="capitalised-particle-is-a-first-name"),
    pytest.param("The Commission on Fair Elections said that the debate would go ahead.", [("indirect", "the debate would go ahead", "The Commission on Fair Elections", None)], id="organisation-ending-in-common-word"),
    pytest.param("President Reed said that the debate would go ahead.", [("indirect", "the debate would go ahead", "Reed", "President")], id="title-then-surname-is-a-person"),
    pytest.param("His campaign sued the party on Friday, claiming the move would cost millions.", [("indirect", "the move would cost millions", "His campaign", None)], id="group-subject-of-participle-cue"),
    # A described source right after the closing mark: the quote is kept, the description speaks.
    pytest.param("“We will reopen the plant by spring,” the statement said.",
                 [("direct", "We will reopen the plant by spring,", "the statement", None)],
                 id="described-source-after-closing-mark"),
    pytest.param("“Nobody told us anything about the layoffs,” his longtime neighbour told reporters.",
                 [("direct", "Nobody told us anything about the layoffs,", "his longtime neighbour", None)],
                 id="possessive-description-after-closing-mark"),
    # A no-break space between the cue's comma and the opening mark still opens the quote.
    pytest.param("Mayor Ellen Park added,\u00a0“The budget is balanced for the first time in years.”",
                 [("direct", "The budget is balanced for the first time in years.", "Ellen Park", "Mayor")],
                 id="no-break-space-before-opening-mark"),
    # "X said A, adding that B": two reports, the first ends at the participle's comma.
    pytest.param("Governor Lisa Tran said the bridge would reopen in May, adding that tolls would stay the same.",
                 [("indirect", "the bridge would reopen in May", "Lisa Tran", "Governor"),
                  ("indirect", "tolls would stay the same", "Lisa Tran", "Governor")],
                 id="participle-cue-ends-first-report"),
    # A quoted programme title inside the adverbial: the clause starts after "that".
    pytest.param("Senator Omar Hale said on ''Face the Town'' on Sunday that the vote would be delayed.",
                 [("indirect", "the vote would be delayed", "Omar Hale", "Senator")],
                 id="quoted-title-in-adverbial-before-that"),
    # "X said that “…”": the quotation is a direct quote.
    pytest.param("Coach Maria Lopez said that “this team has never quit on anyone.”",
                 [("direct", "this team has never quit on anyone.", "Maria Lopez", "Coach")],
                 id="said-that-then-quotation-is-direct"),
    # "…, said Name, role.": the speaker follows the cue; the report is the clause before it.
    pytest.param("The factory will close next year, said Tom Baxter, who runs the union local.",
                 [("indirect", "The factory will close next year", "Tom Baxter", None)],
                 id="inverted-said-name-is-no-clause"),
    pytest.param("Prices rose, said the minister, and wages fell behind them again.",
                 [("indirect", "Prices rose, said the minister, and wages fell behind them again", "the minister", None)],
                 marks=pytest.mark.xfail(strict=True, reason="'said the minister,' mid-sentence: the words before "
                                                             "the cue are read as its subject"),
                 id="mid-sentence-cue-with-description"),
    # "told" + a hearer with no clause is no report; with a clause after a named hearer it is.
    pytest.param("“We are ready,” Mayor Jon Reyes told the Daily Ledger.",
                 [("direct", "We are ready,", "Jon Reyes", "Mayor")],
                 id="told-named-hearer-only-no-indirect"),
    pytest.param("Mayor Jon Reyes told reporters outside the town hall on Monday.", [],
                 id="told-hearer-and-place-only-no-quote"),
    pytest.param("Mayor Jon Reyes told the Daily Ledger his office never received the letter.",
                 [("indirect", "his office never received the letter", "Jon Reyes", "Mayor")],
                 id="told-named-hearer-then-clause"),
    # A run-on subject phrase before "say": the subject starts after the last clause link.
    pytest.param(
        "Her son has a job that many economists say will vanish within a decade.",
        [("indirect", "will vanish within a decade", "many economists", None)],
        id="subject-after-relative-link"),
    pytest.param(
        "Budget cuts at the park: local residents say the gates will close early.",
        [("indirect", "the gates will close early", "local residents", None)],
        id="subject-after-colon"),
    # A time phrase between the subject and its cue is not part of the speaker.
    pytest.param(
        "Governor Ann Lee spoke first. Lee on Tuesday said the budget would be balanced by June.",
        [("indirect", "the budget would be balanced by June", "Ann Lee", "Governor")],
        id="subject-time-phrase-dropped"),
    # Negative: a participle phrase with a time word stays the apposition of the named subject.
    pytest.param(
        "Mayor Tom Hale, opening the Riverside Museum of Art on Saturday, said the city would fund it.",
        [("indirect", "the city would fund it", "Tom Hale", "Mayor")],
        id="participle-apposition-keeps-name"),
    # A clause ending in a pronoun before the cue: the pronoun is the subject.
    pytest.param(
        "“We will win,” said Dana Cole. But in Salem, the crowd cheered when she told them the race was close.",
        [("direct", "We will win,", "Dana Cole", None),
         ("indirect", "the race was close", "Dana Cole", None)],
        id="subject-pronoun-in-clause"),
    # Unnamed sources keep their whole noun phrase, up to a relative clause or a time phrase.
    pytest.param(
        "“The deal is done,” said a person close to the governor.",
        [("direct", "The deal is done,", "a person close to the governor", None)],
        id="description-with-pp"),
    pytest.param(
        "“We never saw it coming,” said one former Senate budget aide on Monday.",
        [("direct", "We never saw it coming,", "one former Senate budget aide", None)],
        id="description-capital-inside"),
    pytest.param(
        "“It is a mess,” said a former U.S. trade official who asked not to be named.",
        [("direct", "It is a mess,", "a former U.S. trade official who asked not to be named", None)],
        id="description-abbreviation-relative-clause"),
    pytest.param(
        "“No comment,” said a spokesman in a statement.",
        [("direct", "No comment,", "a spokesman", None)],
        id="description-stops-at-statement"),
    # A relative clause with commas of its own between the name and the cue.
    pytest.param(
        "Rob Kent, who lives on a farm outside the capital, Salem, said the harvest had failed.",
        [("indirect", "the harvest had failed", "Rob Kent", None)],
        id="relative-clause-inside-subject"),
    # Negative: a relative clause after a place phrase is not an apposition of the name.
    pytest.param(
        "The lake, where fishermen gather, is near the dam, which, Kent said, is closed in winter.",
        [("indirect", "is closed in winter", "Kent", None)],
        id="relative-clause-not-after-name"),
    # An age between commas is not the speaker.
    pytest.param(
        "“All of my friends are farmers,” Kent, 49, told the local paper.",
        [("direct", "All of my friends are farmers,", "Kent", None)],
        id="age-between-commas"),
    # a title run before the subject ends at a verb's complement: the bare surname is the subject
    pytest.param("Carl Petrov spoke on Monday. Omar Quist also spoke.\n\nIn his review of the budget, Petrov "
                 "intimated disappointment that the American voters had given Quist a chance.\n\n“It is a disgrace,” he said.",
                 [("direct", "It is a disgrace,", "Carl Petrov", None)], id="subject-not-extended-past-that-clause"),
    # dotted initials do not end a sentence ("A.E. Dick Howard")
    pytest.param("Gov. Hal Brant said that he had consulted the scholar A.E. Dirk Hollis at the state university. "
                 "“We are on firm ground,” he said.",
                 [("indirect", "he had consulted the scholar A.E. Dirk Hollis at the state university", "Hal Brant", None),
                  ("direct", "We are on firm ground,", "Hal Brant", None)], id="dotted-initials-do-not-split-sentence"),
    # "Mr. King": a courtesy title before a title word is a surname, never a role holder
    pytest.param("Mr. Lund and Mr. King are playing along. “I have never been edited,” Mr. King said.",
                 [("direct", "I have never been edited,", "Mr. King", None)], id="courtesy-title-before-title-word"),
    pytest.param("Mr. Lund and Mr. King are playing along (or, as The Evening Ledger called them, “puppets”).",
                 [("direct", "puppets", "The Evening Ledger", None)], id="bracket-hides-comma-of-source",
                 # The bracket hides the comma before "as The Evening Ledger", so the phrase before the
                 # cue runs back to "Mr. King are playing along (or," and becomes a role.
                 marks=pytest.mark.xfail(strict=True)),
    # a preposition's capitalised object is not the subject; a subordinate clause's subject still is
    pytest.param("Rita Lowe spoke first. On The Morning Desk Show on Tuesday, Omar Quist criticized the levy. “It is unfair,” he said.",
                 [("direct", "It is unfair,", "Omar Quist", None)], id="opener-object-is-not-subject"),
    pytest.param("Rita Lowe spoke first. When Omar Quist held rallies in the valley, he was greeted by crowds. “They love us,” he said.",
                 [("direct", "They love us,", "Omar Quist", None)], id="subordinate-clause-subject-still-salient"),
    # a knight's or dame's style stays in the name
    pytest.param("“The talks went well,” said Sir Alan Pryce, the envoy. “We will meet again,” Pryce said.",
                 [("direct", "The talks went well,", "Sir Alan Pryce", "the envoy"), ("direct", "We will meet again,", "Sir Alan Pryce", "the envoy")],
                 id="knight-style-kept-in-name"),
    pytest.param("“The talks went well,” said Gen. Alan Pryce.", [("direct", "The talks went well,", "Alan Pryce", None)],
                 id="military-rank-not-kept-in-name"),
    # a full name followed only by appositions (age, description, place) is the speaker
    pytest.param("Marta Olsen, 34, a nurse from the valley, said she would vote for the levy.",
                 [("indirect", "she would vote for the levy", "Marta Olsen", "a nurse from the valley")], id="name-age-apposition-said"),
    pytest.param("Mr. Kovac, now 80 and retired in Dover, Del., said the plan would fail.",
                 [("indirect", "the plan would fail", "Kovac", "now 80 and retired in Dover")], id="name-apposition-place-said"),
    pytest.param("Marta Olsen, Paul Reed and Omar Quist said the plan would fail.",
                 [("indirect", "the plan would fail", "Omar Quist", None)], id="list-of-names-is-not-apposition"),
    # a common given name tells a pronoun's gender when the article says nothing else
    pytest.param("“We will win this state,” said Rita Lowe. Paul Reed, the other candidate, stood nearby. “I feel good about the numbers,” she said.",
                 [("direct", "We will win this state,", "Rita Lowe", None), ("direct", "I feel good about the numbers,", "Rita Lowe", None)],
                 id="she-stays-with-speaker-by-given-name"),
    pytest.param("“We will win this state,” said Paul Reed. Rita Lowe, his opponent, stood nearby. “I feel good about the numbers,” she said.",
                 [("direct", "We will win this state,", "Paul Reed", None), ("direct", "I feel good about the numbers,", "Rita Lowe", None)],
                 id="she-skips-speaker-with-male-given-name"),
    # A long apposition (with a noun that is also a cue form) between the speaker and "said".
    pytest.param("Lena Ortiz, the union's director of state programs and member outreach, said the strike would end soon.",
                 [("indirect", "the strike would end soon", "Lena Ortiz", "the union's director of state programs and member outreach")],
                 id="apposition-with-cue-noun-before-said"),
    pytest.param("Transit planners, however, said the new line would open in the spring.",
                 [("indirect", "the new line would open in the spring", "Transit planners", None)], id="aside-between-subject-and-said"),
    pytest.param("One former aide, speaking on condition of anonymity, said Ward had approved the payments himself.",
                 [("indirect", "Ward had approved the payments himself", "One former aide", None)], id="participle-aside-then-said-not-inverted"),
    # "but said": the second predicate of the speaker reports a clause.
    pytest.param("Judge Alma Reyes postponed the hearing but said the parties could file new motions next month.",
                 [("indirect", "the parties could file new motions next month", "Alma Reyes", "Judge")], id="second-verb-after-but"),
    # "…, X said, adding that …": both clauses are reports.
    pytest.param("The harbor will reopen by Friday, Captain Rolf Berg said, adding that two ferries were still damaged.",
                 [("indirect", "The harbor will reopen by Friday", "Rolf Berg", "Captain"),
                  ("indirect", "two ferries were still damaged", "Rolf Berg", "Captain")], id="inverted-cue-then-adding"),
    # "told" with a capitalised hearer and a pronoun subject.
    pytest.param("Dale Fenwick told POLITICO he planned to remain neutral in the primary.",
                 [("indirect", "he planned to remain neutral in the primary", "Dale Fenwick", None)], id="told-named-outlet-then-pronoun"),
    pytest.param("Dale Fenwick told The Harbor Gazette about his plans for the summer.", [], id="told-named-outlet-no-clause"),
    # Participle cues after a dash and after "while also".
    pytest.param("Mayor Irene Cole rejected the audit — saying the figures had been inflated by the contractor.",
                 [("indirect", "the figures had been inflated by the contractor", "Irene Cole", "Mayor")], id="participle-after-dash"),
    # "the + capitalised outlet" as the subject of an inverted reporting cue.
    pytest.param("The mill will close in March, the Valley Courier newspaper reported.",
                 [("indirect", "The mill will close in March", "the Valley Courier newspaper", None)], id="inverted-cue-named-outlet"),
    pytest.param("The mill will close in March, the quiet town reported.", [], id="inverted-cue-plain-noun-not-outlet"),
    # A capitalised or determined cue form is a noun of the subject after a closing mark.
    pytest.param("“The levee will not hold another season,” the report stated.",
                 [("direct", "The levee will not hold another season,", "the report", None)], id="report-noun-then-stated"),
    # Modal or negated cues report nothing.
    pytest.param("Governor Ann Lee hasn't said whether she will sign the bill.", [], id="negated-cue-not-a-report"),
    pytest.param("You could say the market has never been calmer.", [], id="modal-cue-not-a-report"),
    # "would" and "will" are also adverbs between subject and cue; as modals they still deny the report.
    pytest.param("Her supporters would argue that her message better suits the mood of voters.", [],
                 id="would-argue-not-a-report"),
    pytest.param("Senator Rita Okafor would later say that the vote had been rushed.",
                 [("indirect", "the vote had been rushed", "Rita Okafor", "Senator")], id="would-later-say-reports"),
    pytest.param("Her supporters argue that her message better suits the mood of voters.",
                 [("indirect", "her message better suits the mood of voters", "Her supporters", None)],
                 id="argue-without-modal-reports"),
    pytest.param("Many voters would likely point out that the mayor is drawing criticism from a biased source.", [],
                 id="would-likely-point-out-not-a-report"),
    # "what he called “…”": a label the writer borrows inside a clause of his own, no statement reported.
    pytest.param('Secretary General Lena Moss condemned what she called a "brazen breach" of the treaty.', [],
                 id="what-she-called-label-not-a-report"),
    pytest.param("Senator Hal Dreyer has railed against what the mayor’s aides call the “Harbor cartel” for years.", [],
                 id="what-named-group-call-label-not-a-report"),
    pytest.param('Secretary General Lena Moss called the vote a "brazen breach" of the treaty.',
                 [("mixed", 'the vote a "brazen breach" of the treaty', "Lena Moss", "Secretary General")],
                 id="called-without-what-still-mixed"),
    # "criticised X for saying …": the gerund after "for" names the offence, not a report.
    pytest.param("Critics blasted Mayor Tom Ardley for saying that the bridge was safe.", [],
                 id="for-saying-not-a-report"),
    pytest.param("Mayor Tom Ardley, speaking for the council, said that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Tom Ardley", "Mayor")], id="speaking-for-then-said"),
    # Clause-only verbs: a noun object is no report; a clause is.
    pytest.param("The bureau estimates the damage at four million dollars.", [], id="estimates-noun-object"),
    pytest.param("Mayor Irene Cole maintained that the audit was flawed.",
                 [("indirect", "the audit was flawed", "Irene Cole", "Mayor")], id="maintained-that-clause"),
    pytest.param("Mayor Irene Cole maintained her lead over the challenger.", [], id="maintained-noun-object"),
    # A quote signed after a dash, and a name with a colon before a quote.
    pytest.param("“We only want the school to stay open for our children.” ― Marta Quinlan",
                 [("direct", "We only want the school to stay open for our children.", "Marta Quinlan", None)], id="quote-signed-after-dash"),
    pytest.param("The result did not surprise pollster Gene Hadley: “Late deciders always break toward the challenger.”",
                 [("direct", "Late deciders always break toward the challenger.", "Gene Hadley", "pollster")], id="name-colon-before-quote"),
    pytest.param("The sign carried one message: “We will not leave until the plant closes.”", [], id="noun-colon-before-quote-no-speaker"),
    # A space between a nested closing single mark and the outer closing mark.
    pytest.param("\"She promised to be 'a mayor for everyone,' \" said Owen Tate, a council member.",
                 [("direct", "She promised to be 'a mayor for everyone,' ", "Owen Tate", "a council member")], id="spaced-nested-closing-marks"),
    # after "said": a place, a possessor or a lower-case title, then a role noun and a full name
    pytest.param("“We cannot afford this,” said Dover resident Kyle Brandt.",
                 [("direct", "We cannot afford this,", "Kyle Brandt", "Dover resident")], id="said-place-role-noun-name"),
    pytest.param("“The deal is off,” said Hale campaign spokesman Kyle Brandt.",
                 [("direct", "The deal is off,", "Kyle Brandt", "Hale campaign spokesman")], id="said-possessor-role-noun-name"),
    pytest.param("“The deal is off,” said former secretary of state Nora Vance.",
                 [("direct", "The deal is off,", "Nora Vance", "former secretary of state")], id="said-secretary-of-state-name"),
    # negatives: a name then a time word, or a name "of" an organisation, keeps the first name
    pytest.param("“The deal is off,” said Nora Vance of Acme Holdings.",
                 [("direct", "The deal is off,", "Nora Vance", None)], id="said-name-of-organisation-keeps-name"),
    pytest.param("“The deal is off,” said Vance later on Tuesday.",
                 [("direct", "The deal is off,", "Vance", None)], id="said-surname-then-time-phrase"),
    # "secretary of state" before a colon: "state" is no cue verb after "of"
    pytest.param("The hearing went on.\n\nFormer secretary of state Nora Vance: “We did not know the details of the plan at all.”",
                 [("direct", "We did not know the details of the plan at all.", "Nora Vance", "Former secretary of state")],
                 id="colon-after-secretary-of-state-name"),
    # a pronoun right after a person introduced with an apposition, nobody named in between
    pytest.param("“We won,” said Mark Hill. The vote turned on Ann Lee, president of the union. “It was close,” she said.",
                 [("direct", "We won,", "Mark Hill", None), ("direct", "It was close,", "Ann Lee", "president of the union")],
                 id="she-after-person-introduced-with-apposition"),
    pytest.param("“We won,” said Carl Petrov. The plan was drafted by Tom Quist, a lawyer at the firm. “It was close,” he said.",
                 [("direct", "We won,", "Carl Petrov", None), ("direct", "It was close,", "Tom Quist", "a lawyer at the firm")],
                 id="he-after-man-introduced-with-apposition"),
    # negative: the sentence goes on to name the earlier speaker after the introduction
    pytest.param("“We won,” said Carl Petrov. Preceded by Tom Quist, the union head, Petrov spoke again. “It was close,” he said.",
                 [("direct", "We won,", "Carl Petrov", None), ("direct", "It was close,", "Carl Petrov", None)],
                 id="he-stays-when-speaker-named-after-introduction"),
    # a determiner alone is no role
    pytest.param("The plant will close in May, the Valley Ledger reported.",
                 [("indirect", "The plant will close in May", "Valley Ledger", None)], id="determiner-is-no-role"),
    # "telling reporters: “…”": the one told is not the speaker
    pytest.param("“We won,” said Mark Hill. Later, Hill praised the staff, telling reporters: “They were great.”",
                 [("direct", "We won,", "Mark Hill", None), ("direct", "They were great.", "Mark Hill", None)],
                 id="telling-object-is-not-speaker"),
    # a quoted transcript: "“HILL: …" paragraphs carry their own label
    pytest.param("The interview went on.\n\n“HILL: We won the vote, and it was close.\n\n“LORNE: Was it really that close?\n\n“It was,” Hill said.",
                 [("direct", "HILL: We won the vote, and it was close.", "Hill", None),
                  ("direct", "LORNE: Was it really that close?", "Lorne", None),
                  ("direct", "It was,", "Hill", None)], id="quoted-transcript-labels"),
    # negative: one upper-case kicker in a quote is no transcript
    pytest.param("“WARNING: the bridge is closed to all traffic until May,” the mayor said.",
                 [("direct", "WARNING: the bridge is closed to all traffic until May,", "the mayor", None)],
                 id="single-quoted-kicker-is-no-label"),
    # two people named together speak together; each stays known by their own name
    pytest.param("Frank Ortiz and Jim Hale said the plan was dead. Later Hale said it was fine.",
                 [("indirect", "the plan was dead", "Frank Ortiz and Jim Hale", None),
                  ("indirect", "it was fine", "Jim Hale", None)], id="coordinated-names-speak-together"),
    pytest.param("Kadir and Ann Lee say they were hurt by the remarks.",
                 [("indirect", "they were hurt by the remarks", "Kadir and Ann Lee", None)], id="given-name-and-full-name-couple"),
    # negative: "and" inside a title is no coordination of people
    pytest.param("Sales and marketing chief Ann Lee said the plan was dead.",
                 [("indirect", "the plan was dead", "Ann Lee", "Sales and marketing chief")], id="and-inside-title-not-coordinated",
                 # known gap: the title is cut at "and" (a rule for "Wakil Presiden X dan Presiden Y"), role "chief"
                 marks=pytest.mark.xfail(strict=True)),
    # A participial aside between the speaker and "said" is not a verb of the subject.
    pytest.param("Judge Mara Quinn, writing for the majority, said the county's new map was fair to voters.",
                 [("indirect", "the county's new map was fair to voters", "Mara Quinn", "Judge")],
                 id="participle-aside-before-said"),
    # "… “quoted” and said …": the subject opens the sentence, before the closing mark.
    pytest.param("Senate Majority Leader Tom Abel called the ruling “a win for farmers” and said the bill would pass next week.",
                 [("mixed", "the ruling “a win for farmers”", "Tom Abel", "Senate Majority Leader"),
                  ("indirect", "the bill would pass next week", "Tom Abel", "Senate Majority Leader")],
                 id="and-said-after-closing-mark"),
    # A subject with lower-case title words before the name, then a participle cue.
    pytest.param("Presumptive Democratic nominee Ruth Okafor toured the plant on Monday, saying the factory would stay open.",
                 [("indirect", "the factory would stay open", "Ruth Okafor", "Presumptive Democratic nominee")],
                 id="participle-subject-with-lowercase-title"),
    # "said in a statement (Friday night) they …": an occasion of speaking, then the clause.
    pytest.param("The Harbor Group said in a statement Friday night they pulled the listing from the site.",
                 [("indirect", "they pulled the listing from the site", "The Harbor Group", None)],
                 id="said-in-statement-time-then-pronoun-clause"),
    # "pointed out (that)": the particle is not part of the clause; "pointed to", "called for/on" report nothing.
    pytest.param("Mayor Lina Ortiz pointed out that the bridge had been closed twice this year.",
                 [("indirect", "the bridge had been closed twice this year", "Lina Ortiz", "Mayor")],
                 id="pointed-out-that"),
    pytest.param("Mayor Lina Ortiz pointed to the new bridge as proof of progress.", [], id="pointed-to-no-report"),
    pytest.param("Mayor Lina Ortiz called on the council to approve the budget.", [], id="called-on-no-report"),
    pytest.param("Mayor Lina Ortiz called for an audit of the transit agency.", [], id="called-for-no-report"),
    # "…, X told <hearer>.": a short hearer phrase closes the inverted report.
    pytest.param("The gallery will reopen in May, curator Abel Stone told the Valley Courier.",
                 [("indirect", "The gallery will reopen in May", "Abel Stone", "curator")],
                 id="inverted-told-named-hearer"),
    # "<adverbial>, according to X, <clause>": the clause after the source is the report.
    pytest.param("In the years since, according to the Harbor Institute, river traffic has doubled along the coast.",
                 [("indirect", "river traffic has doubled along the coast", "the Harbor Institute", None)],
                 id="according-mid-sentence-after-adverbial"),
    # A party-and-state label between commas ("D-Ore.") does not end the speaker phrase.
    pytest.param("“The harvest will be late this year,” Senator Ruth Abel, D-Ore., said Tuesday.",
                 [("direct", "The harvest will be late this year,", "Ruth Abel", "Senator")],
                 id="party-state-label-before-said"),
    # "state" after "of" is a noun ("secretary of state"), never a cue.
    pytest.param("The vote was delayed, and the secretary of state said nothing about it.", [], id="secretary-of-state-noun"),
    # Progressive cues and hearer-object cues ("is telling", "assured voters that").
    pytest.param("Councilor Ana Reyes is telling voters the levy will pass easily.",
                 [("indirect", "the levy will pass easily", "Councilor Ana Reyes", None)], id="progressive-is-telling"),
    pytest.param("Councilor Ana Reyes assured voters that the levy would not raise rents.",
                 [("indirect", "the levy would not raise rents", "Councilor Ana Reyes", None)], id="assured-hearer-that"),
    pytest.param("“Get out of my office!” the mayor exclaimed.",
                 [("direct", "Get out of my office!", "the mayor", None)], id="exclaimed-post-cue"),
    # "estimates" with a noun object reports nothing.
    pytest.param("The county estimates the flood damage at four million dollars.", [], id="estimates-noun-object-no-report"),
    # A headline label the body never repeats still names a source when it is a kind of source or a full name.
    pytest.param("Harbour Survey: Ferry Fares Must Rise This Year.\n\nAnn Cole, the harbour chief, spoke on Monday.",
                 [("indirect", "Ferry Fares Must Rise This Year", "Harbour Survey", None)], id="headline-label-source-noun-not-named-again"),
    pytest.param("Mary Quinlan: Ferry Fares Must Rise This Year.\n\nThe harbour board met on Monday.",
                 [("indirect", "Ferry Fares Must Rise This Year", "Mary Quinlan", None)], id="headline-label-full-name-not-named-again"),
    pytest.param("Harbour Talks: Ferry Fares Must Rise This Year.\n\nThe harbour board met on Monday.", [],
                 id="headline-label-plain-phrase-not-named-again"),
    # A paragraph ending "<speaker> <cue>:" introduces the quote paragraph below it; a colon without a cue does not.
    pytest.param("Mayor Ana Ruiz spoke to the council on Monday. She said:\n\n“We will rebuild the pier before summer.”",
                 [("direct", "We will rebuild the pier before summer.", "Ana Ruiz", "Mayor")], id="cue-colon-then-quote-paragraph"),
    pytest.param("The council met on Monday. Here is the agenda:\n\n“Item one: the pier.”", [],
                 id="colon-without-cue-then-quote-paragraph"),
    # "interjected", "commented", "echoed" introduce a quote after a colon, but take no bare object clause.
    pytest.param("Councilor Ben Ortiz interjected: “Is that a promise?”",
                 [("direct", "Is that a promise?", "Ben Ortiz", "Councilor")], id="interjected-colon-quote"),
    pytest.param("The new pier echoed the old harbour design.", [], id="echoed-noun-object-no-report"),
    # A participle after a quoted fragment reports its own clause; the fragment is not the participle's quote.
    pytest.param("Mayor Ana Ruiz praised the “brave crews,” saying the pier would reopen soon.",
                 [("indirect", "the pier would reopen soon", "Ana Ruiz", "Mayor")], id="participle-after-quoted-fragment"),
    # A quoted show title closing a bare adverbial after the cue is no report; a clause after it still is.
    pytest.param("Mayor Ana Ruiz said on “Harbour Week.”", [], id="said-on-quoted-title-no-clause"),
    pytest.param("Mayor Ana Ruiz said on “Harbour Week” that the pier would reopen soon.",
                 [("indirect", "the pier would reopen soon", "Ana Ruiz", "Mayor")], id="said-on-quoted-title-then-that-clause"),
    # "<number> percent who said …": the share of respondents is the source of the relative clause.
    pytest.param("Most voters backed the levy, compared with 24 percent who said the pier should stay closed.",
                 [("indirect", "the pier should stay closed", "24 percent", None)], id="percent-who-said"),
    # a contracted pronoun before the cue ("He’s claiming that …") is the pronoun, not a name
    pytest.param("Tom Hale spoke at the rally. He’s claiming that the vote was rigged.",
                 [("indirect", "the vote was rigged", "Tom Hale", None)], id="contracted-pronoun-before-cue"),
    # a clause ending in its subject pronoun before the cue: the pronoun is the speaker
    pytest.param("“We will win,” said Tom Hale. On Tuesday night he said the deal was dead.",
                 [("direct", "We will win,", "Tom Hale", None),
                  ("indirect", "the deal was dead", "Tom Hale", None)], id="time-phrase-then-pronoun-before-cue"),
    pytest.param("Ann Lee visited Dover, where she says the plant will close.",
                 [("indirect", "the plant will close", "Ann Lee", None)], id="where-pronoun-before-cue"),
    # ", but/while <Capitalised subject> …" and ", and <possessive> …" open a new clause after the report.
    pytest.param("Senator Owen Price said the tax plan was fair, but Democrats have pushed for a vote next week.",
                 [("indirect", "the tax plan was fair", "Owen Price", "Senator")],
                 id="report-ends-before-but-capitalised-subject"),
    pytest.param("Mayor Lina Ortiz said the bridge would reopen in May, and her office is hiring new inspectors.",
                 [("indirect", "the bridge would reopen in May", "Lina Ortiz", "Mayor")],
                 id="report-ends-before-and-possessive-subject"),
    # Negative: "but" inside the report, with no comma, does not cut it.
    pytest.param("Mayor Lina Ortiz said the bridge was old but safe for cars.",
                 [("indirect", "the bridge was old but safe for cars", "Lina Ortiz", "Mayor")],
                 id="but-without-comma-stays-in-report"),
    # "A <… source noun> has/verb-ed …, saying …": an indefinite described source does the participle cue.
    pytest.param("A federal judge has rejected the county's appeal, saying the new map was drawn unfairly.",
                 [("indirect", "the new map was drawn unfairly", "A federal judge", None)],
                 id="participle-indefinite-source-noun-subject"),
    # Negative: an indefinite subject that is no kind of source.
    pytest.param("A small storm has crossed the valley, saying little about the spring ahead.", [],
                 id="participle-indefinite-non-source-subject"),
    # "At an event in <Town>, <State>, on <Day>, X …, saying …": the state is not the subject.
    pytest.param("Mayor Lina Ortiz spoke often about roads. At a rally in Dover, Delaware, on Sunday, Ortiz "
                 "defended her record, saying that the city budget was balanced.",
                 [("indirect", "the city budget was balanced", "Lina Ortiz", "Mayor")],
                 id="participle-subject-after-town-state-and-day"),
    # he/she never refers to a name ending in an organisation's or a place's word of no known gender
    pytest.param("“We need the work,” said Carol Ames, a machinist. In addition, Harlow Technologies has offered "
                 "to pay for classes. “It is too late for me,” she said.",
                 [("direct", "We need the work,", "Carol Ames", "a machinist"),
                  ("direct", "It is too late for me,", "Carol Ames", "a machinist")],
                 id="pronoun-skips-company-name"),
    pytest.param("“Prices will fall,” said Ruth Owen, a trader. On Monday, Grand Street shrugged off the report. "
                 "“Nobody expected that,” she said.",
                 [("direct", "Prices will fall,", "Ruth Owen", "a trader"),
                  ("direct", "Nobody expected that,", "Ruth Owen", "a trader")],
                 id="pronoun-skips-street-name"),
    # Negative: a titled person whose surname is such a word ("Park") stays the referent.
    pytest.param("“We need the work,” said Carol Ames, a machinist. In addition, Mayor Ann Park has offered "
                 "to pay for classes. “It is too late for me,” she said.",
                 [("direct", "We need the work,", "Carol Ames", "a machinist"),
                  ("direct", "It is too late for me,", "Ann Park", "Mayor")],
                 id="pronoun-keeps-person-surnamed-park"),
    # An opening participle or time phrase before the subject is not a name (the subject follows its comma).
    pytest.param("Walking to the next house, Ann Ebeling waved at a neighbor and said the town had changed a lot.",
                 [("indirect", "the town had changed a lot", "Ann Ebeling", None)], id="participle-opener-not-speaker"),
    pytest.param("Hours later, Tom Rhee returned the favor, telling reporters that the plan was sound.",
                 [("indirect", "the plan was sound", "Tom Rhee", None)], id="time-opener-not-speaker"),
    pytest.param("Facing growing criticism from both parties, Ms. Vera Holt released a statement on Sunday, insisting "
                 "that the audit was “fair and complete.”",
                 [("mixed", "the audit was “fair and complete.”", "Vera Holt", None)], id="long-participle-opener"),
    # A sentence adverb or a lone month is no speaker.
    pytest.param("Significantly, the judge said he could not order restitution.",
                 [("indirect", "he could not order restitution", "the judge", None)], id="sentence-adverb-not-name"),
    pytest.param("In October, the city council announced it could pay only part of the bill.",
                 [("indirect", "it could pay only part of the bill", "the city council", None)], id="month-not-name"),
    # A compound modifier ("Oscar-winner", "Ohio-born") or a word before a given name is the role, not the name.
    pytest.param("“It is a fine script,” Oscar-winner Dana Reyes told reporters.",
                 [("direct", "It is a fine script,", "Dana Reyes", "Oscar-winner")], id="hyphen-modifier-not-name"),
    pytest.param("“The town has changed,” said Ohio-born Pete Lund.",
                 [("direct", "The town has changed,", "Pete Lund", "Ohio-born")], id="born-modifier-not-name"),
    pytest.param("Rival Susan Park mocked the gripe, saying anybody who complains about a loudspeaker “is not "
                 "having a great night.”",
                 [("mixed", "anybody who complains about a loudspeaker “is not having a great night.”", "Susan Park",
                   "Rival")], id="word-before-given-name-is-role"),
    # A Title Case headline names nobody: its capitalised verbs do not join the name.
    pytest.param("Dana Reyes Blasts Moody for Ignoring the Budget, Calls for an Audit\n\nCity treasurer Dana Reyes "
                 "criticised the board on Monday.\n\n“The numbers do not add up,” Reyes said.",
                 [("direct", "The numbers do not add up,", "Dana Reyes", "City treasurer")], id="title-case-headline-names-nobody"),
    # "the company wrote …, calling": the subject ends at its cue verb.
    pytest.param("Early last month, the firm wrote a letter to the school, calling the reports “deeply misleading.”",
                 [("mixed", "the reports “deeply misleading.”", "the firm", None)], id="described-subject-ends-at-cue"),
    pytest.param("The former secretary of state wrote a letter, calling the plan “a disaster.”",
                 [("mixed", "the plan “a disaster.”", "The former secretary of state", None)],
                 id="cue-form-after-of-is-noun"),
    # a person named in a relative clause does not take the pronoun from the sentence's subject
    pytest.param("Greg Wills said the vote was fair. Stan Ortiz, who has campaigned for council member Ray Dunn since he "
                 "left the race in May, blasted the result on Wednesday.\n\n“It is a disgrace,” he said.",
                 [("indirect", "the vote was fair", "Greg Wills", None),
                  ("direct", "It is a disgrace,", "Stan Ortiz", None)],
                 id="pronoun-skips-person-in-relative-clause"),
    # a commitment reported as a to-infinitive: "vowed to …", "promising to …"
    pytest.param("Mayor Ana Ruiz vowed to reopen the harbour bridge before the winter storms.",
                 [("indirect", "to reopen the harbour bridge before the winter storms", "Ana Ruiz", "Mayor")],
                 id="vowed-to-infinitive"),
    pytest.param("Senator Ben Okafor has pledged to cut bus fares for students next year.",
                 [("indirect", "to cut bus fares for students next year", "Ben Okafor", "Senator")],
                 id="has-pledged-to-infinitive"),
    # a cue form used as a noun inside the subject ("state officials", "a news report") is no verb
    pytest.param("Federal and state officials said the dam would be inspected again in April.",
                 [("indirect", "the dam would be inspected again in April", "Federal and state officials", None)],
                 id="state-as-noun-in-subject"),
    # any subject phrase reports a clause opened by "that", or a clause with its own subject and verb
    pytest.param("Local bakery owners announced that the shops would close on Sundays.",
                 [("indirect", "the shops would close on Sundays", "Local bakery owners", None)],
                 id="any-subject-before-that-clause"),
    pytest.param("The town's ferry operator insisted it would not raise fares this year.",
                 [("indirect", "it would not raise fares this year", "The town's ferry operator", None)],
                 id="any-subject-before-past-cue-and-clause"),
    # a participle after a quote's own cue: its speaker is the quote's
    pytest.param("“We are ready,” said Mara Lind, noting that the team had trained for months.",
                 [("direct", "We are ready,", "Mara Lind", None),
                  ("indirect", "the team had trained for months", "Mara Lind", None)],
                 id="participle-after-inverted-cue"),
    pytest.param("“The road is safe again,” Mayor Tom Ruiz said on Friday, adding that the detour would end soon.",
                 [("direct", "The road is safe again,", "Tom Ruiz", "Mayor"),
                  ("indirect", "the detour would end soon", "Tom Ruiz", "Mayor")],
                 id="participle-after-quote-cue"),
    # a sentence adverb, or a counted group, before the subject of a participle cue
    pytest.param("On Monday, however, Governor Lia Moss toured the plant, promising to keep it open.",
                 [("indirect", "to keep it open", "Lia Moss", "Governor")], id="adverb-before-participle-subject"),
    pytest.param("In a joint letter, three local doctors criticized the plan, arguing that it would raise costs.",
                 [("indirect", "it would raise costs", "three local doctors", None)],
                 id="counted-group-subject-of-participle"),
    # "said nothing has changed": a clause after a pronoun subject
    pytest.param("Ravi Menon said nothing has changed since the spring.",
                 [("indirect", "nothing has changed since the spring", "Ravi Menon", None)], id="said-nothing-has-changed"),
    # the whole clause before "…, according to X." (or "…, X said.") is the report, "and"/"but" included
    pytest.param("Ticket sales rose in May, and they fell again in June, according to the theatre guild.",
                 [("indirect", "Ticket sales rose in May, and they fell again in June", "the theatre guild", None)],
                 id="according-to-after-two-clauses"),
    pytest.param("The plan is popular, but it costs too much, Rita Lowe said.",
                 [("indirect", "The plan is popular, but it costs too much", "Rita Lowe", None)],
                 id="post-cue-after-two-clauses"),
    # a present-tense cue ("insist", "suggests") after any subject phrase, before a clause of its own
    pytest.param("Local fishermen insist the new quota will ruin the harbour.",
                 [("indirect", "the new quota will ruin the harbour", "Local fishermen", None)],
                 id="any-subject-before-present-cue-and-clause"),
    # an irregular past verb ends the subject of a participle cue; a time phrase is no part of it
    pytest.param("The harbour council sought to calm residents, saying the water was safe to drink.",
                 [("indirect", "the water was safe to drink", "The harbour council", None)],
                 id="irregular-past-ends-participle-subject"),
    pytest.param("The city council on Monday made a formal complaint about the plan and warned that costs would "
                 "rise sharply.",
                 [("indirect", "costs would rise sharply", "The city council", None)], id="time-phrase-not-in-subject"),
    # "the" and a kind of source before a second predicate
    pytest.param("The Republican nominee also sketched his tax plan and vowed to cut fees for small shops.",
                 [("indirect", "to cut fees for small shops", "The Republican nominee", None)],
                 id="source-noun-subject-of-second-predicate"),
    # a pronoun subject before a comma is the subject, not an opener
    pytest.param("Tom Hale spoke first. He mostly dodged, pointing to his record and saying that most senators "
                 "are overrated.",
                 [("indirect", "most senators are overrated", "Tom Hale", None)], id="pronoun-subject-before-comma"),
    # a participle cue after a noun of an utterance reports for the sentence's subject
    pytest.param("The union issued a statement saying it would strike on Monday.",
                 [("indirect", "it would strike on Monday", "The union", None)], id="statement-saying"),
    # "…, according to X, was …": the words before the cue are no clause; the report follows
    pytest.param("At the heart of the dispute, according to two council members, was a disagreement over the budget.",
                 [("indirect", "was a disagreement over the budget", "two council members", None)],
                 id="according-to-mid-then-predicate"),
    # "according to a report in …": a cue form as the head noun of a document
    pytest.param("Coin flips settled at least six precincts, according to a report in the Daily Ledger.",
                 [("indirect", "Coin flips settled at least six precincts", "a report in the Daily Ledger", None)],
                 id="according-to-a-report"),
    # "…, said the company's chief executive, Ann Lee": the role, then the name
    pytest.param("The mill is under intense pressure from imports, said the firm's chief executive, Paul Ferris.",
                 [("indirect", "The mill is under intense pressure from imports", "Paul Ferris",
                   "the firm's chief executive")], id="inverted-role-then-name"),
    # direct quotes: a long role before the name, a cue form as a noun, a second predicate, a nested mark
    pytest.param("''It was the fair thing to do,'' the City Hall press secretary, Tom Reed, said on Tuesday.",
                 [("direct", "It was the fair thing to do,", "Tom Reed", "the City Hall press secretary")],
                 id="long-role-then-name-before-cue"),
    pytest.param("\"The impact remains very unclear,\" the IMF report said.",
                 [("direct", "The impact remains very unclear,", "the IMF report", None)], id="report-said-noun-cue"),
    pytest.param("Mayor Ann Lee called on him to resign and said, “His plan is a failure.”",
                 [("direct", "His plan is a failure.", "Ann Lee", "Mayor")], id="and-said-colon-quote"),
    pytest.param("Tom Reed arrived late. At one point, a girl asked for a picture and Reed said, “Only if it is quick.”",
                 [("direct", "Only if it is quick.", "Tom Reed", None)], id="and-name-said-quote"),
    pytest.param("''I would call it 'old-school,''' said Greg Lane.",
                 [("direct", "I would call it 'old-school,'", "Greg Lane", None)], id="nested-single-before-double-close"),
    # a reported clause that opens with a number
    pytest.param("Officials said 2019 had been the wettest year on record.",
                 [("indirect", "2019 had been the wettest year on record", "Officials", None)], id="clause-opens-with-year"),
    pytest.param("The county has said 1,250 of the ballots were never counted.",
                 [("indirect", "1,250 of the ballots were never counted", "The county", None)], id="clause-opens-with-number"),
    # "made (it) clear (that) …": a cue of several words
    pytest.param("Senator Ann Lee made it clear that she had major misgivings about the plan.",
                 [("indirect", "she had major misgivings about the plan", "Ann Lee", "Senator")], id="made-it-clear-that"),
    pytest.param("The governor made clear he would veto the bill.",
                 [("indirect", "he would veto the bill", "The governor", None)], id="made-clear-clause"),
    pytest.param('Council Chairman Rep. Nora Field, D-Maine, said the harbour vote would wait until spring.',
                 [('indirect', 'the harbour vote would wait until spring', 'Nora Field', 'Council Chairman')],
                 id='party-tag-aside-not-speaker'),
    pytest.param('And Sen. Hal Brook (R-Iowa), a longtime farm-state ally, said he had not decided.',
                 [('indirect', 'he had not decided', 'Hal Brook', 'a longtime farm-state ally')],
                 id='party-tag-in-parentheses-before-apposition'),
    pytest.param('Lund, in Fargo, said Monday that the tariff plan was “a slow disaster.”',
                 [('mixed', 'the tariff plan was “a slow disaster.”', 'Lund', None)],
                 id='place-aside-not-speaker'),
    pytest.param('Since the canal opened in 1985 in Tilden, Neb., state inspectors say they have found many more leaks.',
                 [('indirect', 'they have found many more leaks', 'state inspectors', None)],
                 id='place-part-before-subject-not-name'),
    pytest.param("A few days ahead of the Ohio Primary, Dana Kell's campaign says it will skip the debate.",
                 [('indirect', 'it will skip the debate', "Dana Kell's campaign", None)],
                 id='opening-phrase-before-possessive-subject'),
    pytest.param('In Tilden, officials said the ferry would run again in June.',
                 [('indirect', 'the ferry would run again in June', 'officials', None)],
                 id='opening-place-before-plural-subject'),
    pytest.param('Just last month, R.J. Moss, editor of The Ledger, a weekly paper in Vermont, wrote, “We will not endorse anyone.”',
                 [('direct', 'We will not endorse anyone.', 'R.J. Moss', 'editor of The Ledger')],
                 id='time-opener-before-name-with-appositions'),
    pytest.param('“The count is wrong,” said T.J. Harlan, a poll watcher.',
                 [('direct', 'The count is wrong,', 'T.J. Harlan', 'a poll watcher')],
                 id='initials-open-name-after-said'),
    pytest.param('“We were ready,” said Navy 2nd Lt. Corey Platt, a platoon leader.',
                 [('direct', 'We were ready,', 'Corey Platt', 'a platoon leader')],
                 id='ordinal-rank-in-title'),
    pytest.param('Minister Ravi Sethi spoke first. Then Minister Oda said his country would cut tariffs.',
                 [('indirect', 'his country would cut tariffs', 'Oda', 'Minister')],
                 id='title-with-new-surname-is-new-person'),
    pytest.param('“The deal is dead,” party aide Ivo Brand said, “and the talks are over.” On the stage, Mayor Tilda Kern describes herself as “a pragmatist.”',
                 [('direct', 'The deal is dead,', 'Ivo Brand', 'party aide'), ('direct', 'and the talks are over.', 'Ivo Brand', 'party aide'), ('mixed', 'herself as “a pragmatist.”', 'Tilda Kern', 'Mayor')],
                 id='quote-led-by-cue-ignores-next-sentence-cue'),
    pytest.param('The mayor and the governor will meet next week, spokesman Paul Dorn said, adding, “They need to talk it through.”',
                 [('indirect', 'The mayor and the governor will meet next week', 'Paul Dorn', 'spokesman'), ('direct', 'They need to talk it through.', 'Paul Dorn', 'spokesman')],
                 id='participle-after-inverted-said'),
    pytest.param('Rita Vance said the count was fair. Omar Hale, who has worked for councilman Jed Price since he moved to the city, criticised the result on Monday.\n\n“It was rigged,” he said.',
                 [('indirect', 'the count was fair', 'Rita Vance', None), ('direct', 'It was rigged,', 'Omar Hale', None)],
                 id='relative-clause-name-not-pronoun-referent'),
    pytest.param('Carl Ruiz, a pilot who vanished in 2009, was never found; the ministry insists it has no record of him.',
                 [('indirect', 'it has no record of him', 'the ministry', None)],
                 id='semicolon-opens-new-subject'),
    pytest.param('Nina DuPree, a school board member, said the vote was rushed. “We had no time,” Ms. DuPree said.',
                 [('indirect', 'the vote was rushed', 'Nina DuPree', 'a school board member'), ('direct', 'We had no time,', 'Nina DuPree', 'a school board member')],
                 id='du-surname-is-a-name'),
    pytest.param('Maria Lopez White said on Friday that the app was live. “People use it every day,” Ms. White said.',
                 [('indirect', 'the app was live', 'Maria Lopez White', None), ('direct', 'People use it every day,', 'Maria Lopez White', None)],
                 id='courtesy-title-links-full-name'),
    pytest.param('The mayor thanked Rob Lane, who chairs the harbour board and said the budget was sound.',
                 [('indirect', 'the budget was sound', 'Rob Lane', None)],
                 id='cue-joined-to-relative-clause-verb'),
    pytest.param("Inside the packed gymnasium, Mayor Ruth Alvarez criticized the budget, arguing that the schools need more money.",
                 [("indirect", "the schools need more money", "Ruth Alvarez", "Mayor")], id="opening-inside-phrase-is-not-subject"),
    pytest.param("Amid loud cheers from the crowd, Senator Owen Price waved to supporters, saying the vote would come next week.",
                 [("indirect", "the vote would come next week", "Owen Price", "Senator")], id="opening-amid-phrase-is-not-subject"),
    pytest.param("Dana Holt, speaking to farmers, said, “The harvest will be late this year.”",
                 [("direct", "The harvest will be late this year.", "Dana Holt", None)], id="participle-aside-is-not-speaker"),
    pytest.param("Nora Vance, the author of \"Rivers and Roads,\" a history of the canal, said the locks were built by hand.",
                 [("indirect", "the locks were built by hand", "Nora Vance",
                   "the author of \"Rivers and Roads,\" a history of the canal")], id="comma-inside-quoted-title"),
    pytest.param("Ellen Brody paused, then admitted that the plan had failed.",
                 [("indirect", "the plan had failed", "Ellen Brody", None)], id="name-past-verb-then-cue"),
    pytest.param("Owen Price similarly warned that the levee could fail in a storm.",
                 [("indirect", "the levee could fail in a storm", "Owen Price", None)], id="similarly-between-subject-and-cue"),
    pytest.param("The columnist Carl Singer wrote a profile of the mayor in 1997. “I did want to make it come alive,” Mr. Singer said.",
                 [("direct", "I did want to make it come alive,", "Carl Singer", "The columnist")], id="role-word-surname-after-given-name"),
    pytest.param("Ann Lee, acting director of the agency, said the plan would fail badly.",
                 [("indirect", "the plan would fail badly", "Ann Lee", "acting director of the agency")], id="acting-title-is-no-participle-aside"),
    pytest.param("Mayor Ann Lee spoke on Monday. She attacked the council for taking gifts from builders, which she said were given in return for favors.", [("indirect", "were given in return for favors", "Ann Lee", "Mayor")], id="relative-which-with-pronoun-subject"),
    pytest.param("Tom Hale spoke on Monday. The town got 30 offers for the farm, which he said were evenly split between two bidders.", [("indirect", "were evenly split between two bidders", "Tom Hale", None)], id="relative-which-he-said-not-clause-as-speaker"),
    pytest.param("Mayor Ann Lee spoke on Monday. The new bus lanes, which she said would open in the spring, will not reach the harbour.", [("indirect", "would open in the spring", "Ann Lee", "Mayor")], id="object-relative-report-ends-at-closing-comma"),
    pytest.param("Tom Hale, who last week denied he was leaving the club, said the season had been hard.", [("indirect", "he was leaving the club", "Tom Hale", None), ("indirect", "the season had been hard", "Tom Hale", None)], id="who-clause-with-time-words-ends-before-main-cue"),
    pytest.param("Tom Hale, who visited the mill and said he would back the workers, never voted in the strike ballot.", [("indirect", "he would back the workers", "Tom Hale", None)], id="coordinated-cue-in-who-clause-ends-at-comma"),
    pytest.param("Mayor Ann Lee spoke on Monday. The town got 30 offers for the farm, which she said were split between two bidders, Acme and Bolt.", [("indirect", "were split between two bidders, Acme and Bolt", "Ann Lee", "Mayor")], id="object-relative-report-keeps-apposition-after-comma"),
    pytest.param("The bridge, which was built in 1990, needs repairs, engineers said on Monday.", [("indirect", "The bridge, which was built in 1990, needs repairs", "engineers", None)], id="closed-relative-clause-is-no-cue-aside"),
    pytest.param("Dan Cole, a farmer from Ava, Mo., who backs Mr. Tom Reed, said he liked the plan. “I have friends who need this,” he said.", [("indirect", "he liked the plan", "Dan Cole", "a farmer from Ava"), ("direct", "I have friends who need this,", "Dan Cole", "a farmer from Ava")], id="pronoun-skips-person-in-relative-clause-past-abbreviation"),
    pytest.param("“We will win,” said Tom Reed. Critics attacked Ann Wells for her ties to Bay Street and her speeches. “It is unfair,” she said.", [("direct", "We will win,", "Tom Reed", None), ("direct", "It is unfair,", "Ann Wells", None)], id="she-not-a-street-followed-by-her"),
    pytest.param("“We will win,” said Tom Reed. The vote worried Carl Dunn, president of the Ohio Farmers Caucus. “Nobody is ready,” he said.", [("direct", "We will win,", "Tom Reed", None), ("direct", "Nobody is ready,", "Carl Dunn", "president of the Ohio Farmers Caucus")], id="introduced-person-not-blocked-by-organisation-after-the"),
    pytest.param("“We will win,” said Tom Reed. The vote worried Carl Dunn, who leads the Lakeside Rowing Guild. “Nobody is ready,” he said.", [("direct", "We will win,", "Tom Reed", None), ("direct", "Nobody is ready,", "Carl Dunn", None)], id="name-after-the-is-no-person"),
    pytest.param("“Dream big,” said Tom Reed. The night honored Ann Wells and Zendaya. Meanwhile Zendaya, who won an award, spoke about courage. “Be yourself,” she said.", [("direct", "Dream big,", "Tom Reed", None), ("direct", "Be yourself,", "Zendaya", None)], id="one-word-name-with-who-clause-is-subject"),
    # "X said A but added, “B”": A is X's report; the quote after the second cue is its own direct quote.
    pytest.param("Mayor Lina Ortiz said the bridge would reopen in May but added, “We are not making promises.”",
                 [("indirect", "the bridge would reopen in May", "Lina Ortiz", "Mayor"),
                  ("direct", "We are not making promises.", "Lina Ortiz", "Mayor")],
                 id="said-clause-then-added-quote"),
    pytest.param("Lina Ortiz said the road crews had worked all winter, and said, “They deserve a raise.”",
                 [("indirect", "the road crews had worked all winter", "Lina Ortiz", None),
                  ("direct", "They deserve a raise.", "Lina Ortiz", None)],
                 id="said-clause-then-and-said-quote"),
    # "…, which X said …": the relative clause's own subject is the source of what follows its cue.
    pytest.param("Mayor Lina Ortiz said the county will build a new depot, which she said would cost $4 million.",
                 [("indirect", "the county will build a new depot", "Lina Ortiz", "Mayor"),
                  ("indirect", "would cost $4 million", "Lina Ortiz", "Mayor")],
                 id="which-subject-said-relative-report"),
    # "called it “X”": a quoted name is a mixed report however short.
    pytest.param("Mayor Lina Ortiz spoke at the pier. She called it “shameful” and called for calm.",
                 [("mixed", "it “shameful”", "Lina Ortiz", "Mayor")],
                 id="called-it-short-quoted-name"),
    # "A, she said, <aside>": the aside is no report; the clause before the cue is.
    pytest.param("Mayor Lina Ortiz spoke at the pier. The budget was balanced this year, she said, "
                 "on condition of anonymity.",
                 [("indirect", "The budget was balanced this year", "Lina Ortiz", "Mayor")],
                 id="inverted-cue-then-aside"),
    pytest.param("The harbor will close for repairs, a spokeswoman, Dana Reyes, said on Friday, and the ferries "
                 "will stop in June.",
                 [("indirect", "The harbor will close for repairs", "Dana Reyes", "a spokeswoman")],
                 id="clause-before-apposed-subject-then-aside"),
    # A short described subject does the participle cue when a clause follows it.
    pytest.param("Mayor Lina Ortiz spoke at the pier. Both parents criticized the plan, saying that it ignored "
                 "their children.",
                 [("indirect", "it ignored their children", "Both parents", None)],
                 id="participle-short-described-subject"),
    pytest.param("Mayor Lina Ortiz spoke at the pier. A local farmer later sued the county, claiming the new road "
                 "crossed his land.",
                 [("indirect", "the new road crossed his land", "A local farmer", None)],
                 id="participle-indefinite-described-subject"),
    # "ruled that", "clarified that": cues before a "that" clause.
    pytest.param("The state appeals court ruled that the ferry fees must be refunded.",
                 [("indirect", "the ferry fees must be refunded", "The state appeals court", None)],
                 id="ruled-that"),
    pytest.param("Mayor Lina Ortiz spoke at the pier. The council member later clarified that she meant the old depot.",
                 [("indirect", "she meant the old depot", "The council member", None)],
                 id="clarified-that"),
    # The source is the subject without a focus word or the auxiliaries before the cue.
    pytest.param("Lina Ortiz spoke first. Even a top Ortiz aide said the plan would fail.",
                 [("indirect", "the plan would fail", "a top Ortiz aide", None)],
                 id="even-before-described-subject"),
    pytest.param("Mayor Lina Ortiz spoke at the pier. Harbor officials have been saying the repairs will take a year.",
                 [("indirect", "the repairs will take a year", "Harbor officials", None)],
                 id="described-subject-without-auxiliaries"),
    pytest.param(
        "While critics argue that the swap rewards kidnappers, the governor has called it a fair trade.",
        [("indirect", "the swap rewards kidnappers", "critics", None)],
        id="subordinate-clause-report-ends-at-its-comma"),
    pytest.param(
        "A few weeks after Mayor Abe Lind announced that the ferry would keep running, the company sold its boats.",
        [("indirect", "the ferry would keep running", "Abe Lind", "Mayor")],
        id="time-phrase-then-after-clause-report-ends-at-its-comma"),
    pytest.param(
        "In June 2009, after Mayor Abe Lind asked workers to take a pay cut, 800 staff agreed to it.",
        [("indirect", "workers to take a pay cut", "Abe Lind", "Mayor")],
        id="adverbial-comma-then-after-clause-report-ends-at-its-comma"),
    pytest.param(
        "The vote is close, and while Senator Abe Lind said he would hold a hearing, it is unlikely to pass.",
        [("indirect", "he would hold a hearing", "Abe Lind", "Senator")],
        id="and-while-clause-report-ends-at-its-comma"),
    pytest.param(
        "Some in the hall jeered, and when Senator Ted Lomax thanked the town and said it was good to be back, a man shouted at him.",
        [("indirect", "it was good to be back", "Ted Lomax", "Senator")],
        id="and-when-coordinated-cue-takes-subordinate-subject"),
    pytest.param(
        "Senator Ted Lomax thanked the town and said it was good to be back.",
        [("indirect", "it was good to be back", "Ted Lomax", "Senator")],
        id="coordinated-cue-takes-main-subject"),
    pytest.param(
        "In June 2009, Mayor Abe Lind said that the ferry would keep running, and that fares would fall.",
        [("indirect", "the ferry would keep running, and that fares would fall", "Abe Lind", "Mayor")],
        id="no-subordinate-clause-after-adverbial-report-runs-on"),
    pytest.param(
        "The town council released a statement Friday saying the bridge would reopen in May.",
        [("indirect", "the bridge would reopen in May", "The town council", None)],
        id="description-subject-before-its-own-verb-and-object"),
    pytest.param(
        "The memo goes on to say: “Every branch will close at noon on Friday.”",
        [("direct", "Every branch will close at noon on Friday.", "The memo", None)],
        id="description-subject-before-goes-on-to"),
    pytest.param(
        "Pro-Lee super PAC Forward NOW Action announced that it had bought a small ad this week in Toledo.",
        [("indirect", "it had bought a small ad this week in Toledo", "PAC Forward NOW Action", None)],
        id="organisation-ending-in-a-common-word-after-an-acronym"),
    pytest.param(
        "But the U.S. Court of Appeals for the 9th Circuit overruled and said the state already offered enough polling places.",
        [("indirect", "the state already offered enough polling places", "U.S. Court of Appeals for the 9th Circuit", None)],
        id="court-name-with-ordinal-is-one-organisation"),
    pytest.param(
        "“We will carry this county,” said former Ohio Gov. and party chairman Ed Rendall.",
        [("direct", "We will carry this county,", "Ed Rendall", "former Ohio Gov. and party chairman")],
        id="abbreviated-title-joined-by-and"),
    pytest.param(
        "The novelist's biographers, Mark and Jeanne Hodler, wrote that he “had a tin ear” for politics.",
        [("mixed", "he “had a tin ear” for politics", "Mark and Jeanne Hodler", None)],
        id="coordinated-names-in-apposition"),
    # BBC archives run paragraphs together: an unclosed quote is cut by the next opening mark.
    pytest.param("Coach Ian Rowe spoke after the match. He said: \"We were poor in the first half. We know that. \"The second half was much better and the lads never gave up.\"",
                 [("direct", "We were poor in the first half. We know that.", "Ian Rowe", "Coach"),
                  ("direct", "The second half was much better and the lads never gave up.", "Ian Rowe", "Coach")],
                 id="run-on-paragraphs-unclosed-quote-cut-by-next-mark"),
    # A stray space before the closing mark still closes the quote.
    pytest.param("\"The harbour is safe for everyone, \" said Nora Beck, president of the boat club.",
                 [("direct", "The harbour is safe for everyone,", "Nora Beck", "president of the boat club")],
                 id="space-before-closing-mark"),
    # After a quote that ends its sentence, "X said:" introduces the next quote, not the last one.
    pytest.param("Union leader Sam Ortiz said: \"The offer is an insult.\" Factory owner Lena Moss said: \"We cannot pay more this year.\"",
                 [("direct", "The offer is an insult.", "Sam Ortiz", "Union leader"),
                  ("direct", "We cannot pay more this year.", "Lena Moss", "Factory owner")],
                 id="colon-cue-belongs-to-next-quote"),
    pytest.param("Mayor Ruth Dale said on Monday: \"The bridge will reopen in May.\" Council member Omar Fry told local radio: \"Nobody believes that date.\"",
                 [("direct", "The bridge will reopen in May.", "Ruth Dale", "Mayor"),
                  ("direct", "Nobody believes that date.", "Omar Fry", "Council member")],
                 id="told-programme-colon-cue-belongs-to-next-quote"),
    # Capitalised words before a title belong to it; a clause before the name is no role.
    pytest.param("Transport Secretary Alan Crane said the new line would open next year.",
                 [("indirect", "the new line would open next year", "Alan Crane", "Transport Secretary")],
                 id="capitalised-department-before-title"),
    pytest.param("The row deepened on Sunday when Tom Vale said the club had lied to its fans.",
                 [("indirect", "the club had lied to its fans", "Tom Vale", None)],
                 id="clause-before-name-is-no-role"),
    # British titles and post-nominal letters.
    pytest.param("Tory MP Hugh Bell said the plan would never pass.",
                 [("indirect", "the plan would never pass", "Hugh Bell", "Tory MP")], id="mp-is-a-title"),
    pytest.param("\"We played for the fans tonight,\" said United striker Jon Petts.",
                 [("direct", "We played for the fans tonight,", "Jon Petts", "United striker")], id="striker-is-a-title"),
    pytest.param("\"The album is nearly done,\" said DJ Carl Mott.",
                 [("direct", "The album is nearly done,", "Carl Mott", "DJ")], id="dj-is-a-title"),
    pytest.param("Former health minister Frank Ives MP said the hospital would close.",
                 [("indirect", "the hospital would close", "Frank Ives", "Former health minister")],
                 id="postnominal-mp-not-in-name"),
    # a quoted fragment opening the sentence, words of the writer's own, then an inverted cue: one mixed quote
    pytest.param(
        "“This will be a hard winter” for the farmers, said Nora Quill.",
        [("mixed", "“This will be a hard winter” for the farmers", "Nora Quill", None)],
        id="quoted-fragment-then-own-words-said-name"),
    pytest.param(
        "The vote signals “the end of an era” for the port, said Hal Brenner.",
        [("mixed", "The vote signals “the end of an era” for the port", "Hal Brenner", None)],
        id="clause-with-fragment-and-verb-then-said-name"),
    # a determiner subject and its past verb before the comma of a participle cue
    pytest.param(
        "The teacher later sued, claiming the curfew violated her rights.",
        [("indirect", "the curfew violated her rights", "The teacher", None)],
        id="determiner-subject-past-verb-then-participle"),
    # "A spokeswoman for X": the head noun before "for" names the source
    pytest.param(
        "A spokeswoman for Dalton Mills also declined to comment, saying that no staffer involved still works at the plant.",
        [("indirect", "no staffer involved still works at the plant", "A spokeswoman for Dalton Mills", None)],
        id="source-head-before-for-participle"),
    # a paragraph ending "X wrote:" introduces the next paragraph, set off without marks
    pytest.param(
        "Lena Varga runs a bakery in Pecs.\n\nVarga wrote:\n\nThe flour prices doubled this year and we cannot keep up. Many shops will close.",
        [("indirect", "The flour prices doubled this year and we cannot keep up. Many shops will close", "Lena Varga", None)],
        id="colon-block-paragraph"),
    # a quote that ends its sentence is not stolen by the next sentence's own cue and clause
    pytest.param(
        "“We are ready for the vote,” Ann Lee said. “The rules are fair to everyone.” "
        "Tom Baker, the party chairman, said the count would start on Monday.",
        [("direct", "We are ready for the vote,", "Ann Lee", None),
         ("direct", "The rules are fair to everyone.", "Ann Lee", None),
         ("indirect", "the count would start on Monday", "Tom Baker", "the party chairman")],
        id="next-sentence-cue-reports-own-clause"),
    # the same for a quoted fragment closing its sentence outside the marks
    pytest.param(
        "The plan was hailed as a “bold step”. Council leader Ruth Hale said the money had run out.",
        [("indirect", "the money had run out", "Ruth Hale", "Council leader")],
        id="fragment-not-stolen-by-next-cue"),
    # a capitalised cue form inside a name is not the cue: told The Daily Post:
    pytest.param(
        "Union chief Mark Dunn told The Daily Post: “Our members have had enough of waiting.”",
        [("direct", "Our members have had enough of waiting.", "Mark Dunn", "Union chief")],
        id="told-named-post-colon"),
    # "it said" is the organisation, not the person quoted before
    pytest.param(
        "“We are ready,” said John Marsh, the chairman. The club said it would sell the ground. "
        "But it said it still opposed the merger.",
        [("direct", "We are ready,", "John Marsh", "the chairman"),
         ("indirect", "it would sell the ground", "The club", None),
         ("indirect", "it still opposed the merger", "The club", None)],
        id="it-said-organisation"),
    # a surname that is also a cue form, followed by the real cue
    pytest.param(
        "Coach Liz Yelling watched the race. “She just ran her own race and won it,” Yelling told reporters.",
        [("direct", "She just ran her own race and won it,", "Liz Yelling", "Coach")],
        id="surname-cue-form-before-told"),
    # an adverb between the subject and the cue is not part of the speaker
    pytest.param(
        "Bill Conti led the band. Conti immediately told the director: “We have to stop the show now.”",
        [("direct", "We have to stop the show now.", "Bill Conti", None)],
        id="adverb-immediately-before-cue"),
    pytest.param(
        "Dana Ortiz said she recalled thinking, “Now is the moment everything changes for all of us.”",
        [("direct", "Now is the moment everything changes for all of us.", "Dana Ortiz", None)],
        id="pre-cue-gerund-after-cue-is-no-speaker"),
    pytest.param(
        "Mark Reyes told the Ledger in a written statement, “I have no interest in running for that office again.”",
        [("direct", "I have no interest in running for that office again.", "Mark Reyes", None)],
        id="pre-cue-written-statement-is-a-noun"),
    pytest.param(
        "Critics were quick to respond, with Mark Reyes tweeting that the plan was a \"mess\" for the city and "
        "asking, \"Who will pay for all of this in the end?\"",
        [("mixed", "the plan was a \"mess\" for the city", "Mark Reyes", None),
         ("direct", "Who will pay for all of this in the end?", "Mark Reyes", None)],
        id="pre-cue-second-participle-after-and"),
    pytest.param(
        "Ann Lee, a nurse, spoke first. Later, she joined other critics in attacking the plan, saying in a post "
        "on Facebook: “This budget fails every family in the county.”",
        [("direct", "This budget fails every family in the county.", "Ann Lee", "a nurse")],
        id="pre-cue-participle-occasion-then-sentence-subject"),
    pytest.param(
        "Yet Republican pollsters, like their Democratic rivals, say turnout will decide the race in the fall.",
        [("indirect", "turnout will decide the race in the fall", "Republican pollsters", None)],
        id="apposed-subject-after-conjunction"),
    pytest.param(
        "In TV ads and tweets, Dana Ortiz has argued that the county rigged the zoning process.",
        [("indirect", "the county rigged the zoning process", "Dana Ortiz", None)],
        id="cue-form-ending-opening-phrase-is-a-noun"),
    pytest.param(
        "Mayor Tom Grant defended the budget -- having argued last year that the city needed more buses.",
        [("indirect", "the city needed more buses", "Tom Grant", "Mayor")],
        id="perfect-participle-after-dash"),
    pytest.param(
        "Last month, the Ledger, a weekly newspaper, revealed that the factory had been sold to a foreign buyer.",
        [("indirect", "the factory had been sold to a foreign buyer", "Ledger", "a weekly newspaper")],
        id="time-opener-then-apposed-subject"),
    pytest.param("Tory shadow home secretary Tim Hale said the plan would fail.",
                 [("indirect", "the plan would fail", "Tim Hale", "Tory shadow home secretary")], id="role-shadow-field-words"),
    pytest.param("Indian film director Rina Pal said she was thrilled by the award.",
                 [("indirect", "she was thrilled by the award", "Rina Pal", "Indian film director")], id="role-lower-case-field-word"),
    pytest.param("Tory work and pensions spokesman Al Dee said the scheme had failed thousands of families.",
                 [("indirect", "the scheme had failed thousands of families", "Al Dee", "Tory work and pensions spokesman")], id="role-field-words-joined-by-and"),
    pytest.param("Trade group Fair Shops - which has long fought the chain - said it would oppose any merger.",
                 [("indirect", "it would oppose any merger", "Fair Shops", "Trade group")], id="subject-before-hyphen-aside"),
    pytest.param("Prices rose again.\n\nA day later, Mr Dunn - keen to calm investors - had said only ten firms would be hit.",
                 [("indirect", "only ten firms would be hit", "Dunn", None)], id="hyphen-aside-and-time-opener"),
    pytest.param("Prices rose again.\n\nLast April, Mr Hardy said the plan was dead.",
                 [("indirect", "the plan was dead", "Hardy", None)], id="time-opener-is-no-role"),
    pytest.param("Earlier this month, Finance Minister Ann Cole said as many as 500 jobs could go.",
                 [("indirect", "as many as 500 jobs could go", "Ann Cole", "Finance Minister")], id="said-as-many-as"),
    pytest.param("The aid agency was quoted as saying that the crisis was worsening.",
                 [("indirect", "the crisis was worsening", "The aid agency", None)], id="quoted-as-saying-subject"),
    pytest.param("“The firms can bid,” minister Yuri Tomas was quoted as saying by the Interfax news agency.",
                 [("direct", "The firms can bid,", "Yuri Tomas", "minister")], id="quoted-as-saying-by-outlet"),
    pytest.param("Accountancy firm Barnes & Wylie said that the forecasts were too optimistic.",
                 [("indirect", "the forecasts were too optimistic", "Barnes & Wylie", None)], id="ampersand-firm-not-a-person"),
    pytest.param("Tom Vale, spokesman for the campaign group Fair Trade Now, or FTN, said the vote was lost.",
                 [("indirect", "the vote was lost", "Tom Vale", "spokesman for the campaign group Fair Trade Now")], id="acronym-alias-after-role"),
    pytest.param("Having announced that he would not put me in jail, Judge Berry proceeded to read out the sentence.",
                 [("indirect", "he would not put me in jail", "Berry", "Judge")], id="having-opener-subject-after-comma"),
    pytest.param("Lord Fallon said the law would change within a year.",
                 [("indirect", "the law would change within a year", "Lord Fallon", None)], id="peer-style-is-part-of-name"),
    pytest.param("Last week Lord Fallon said the law would change within a year.",
                 [("indirect", "the law would change within a year", "Lord Fallon", None)], id="time-opener-before-peer-no-role"),
    pytest.param("Fares will rise, says Baroness Mary Hale. Later, Baroness Hale said the rail budget was spent.",
                 [("indirect", "Fares will rise", "Mary Hale", "Baroness"),
                  ("indirect", "the rail budget was spent", "Mary Hale", "Baroness")], id="peer-style-short-form-of-styled-full-name"),
    pytest.param("Fares will rise, says Mary Hale. Later, Baroness Hale said the rail budget was spent.",
                 [("indirect", "Fares will rise", "Mary Hale", None),
                  ("indirect", "the rail budget was spent", "Baroness Hale", None)], id="peer-style-not-merged-with-unstyled-namesake"),
    pytest.param("Ron Cole has joined Ann Wood in attacking the schedules.\n\nSpeaking on radio, the Two Bennies star said there is so much noise. \"We get tired of it,\" he complained.",
                 [("indirect", "there is so much noise", "Ron Cole", None),
                  ("direct", "We get tired of it,", "Ron Cole", None)], id="number-word-group-is-no-person"),
    pytest.param("Ron Cole praised the band. Ten Bells singer Tim Rowe said the tour was over.",
                 [("indirect", "the tour was over", "Tim Rowe", "Ten Bells singer")], id="number-word-group-title-keeps-named-person"),
    pytest.param("\"This is odd,\" said Tom Hale, a spokesman for the firm.\n\nThe network's spokeswoman said: \"Only a few staff know.\" The board was also satisfied, she added.",
                 [("direct", "This is odd,", "Tom Hale", "a spokesman for the firm"),
                  ("direct", "Only a few staff know.", "The network's spokeswoman", None),
                  ("indirect", "The board was also satisfied", "The network's spokeswoman", None)], id="possessive-gendered-description-takes-pronoun"),
    pytest.param("\"This is odd,\" said Tom Hale, a spokesman for the firm.\n\nThe network's spokeswoman said: \"Only a few staff know.\" The board was also satisfied, he added.",
                 [("direct", "This is odd,", "Tom Hale", "a spokesman for the firm"),
                  ("direct", "Only a few staff know.", "The network's spokeswoman", None),
                  ("indirect", "The board was also satisfied", "Tom Hale", "a spokesman for the firm")], id="possessive-gendered-description-other-gender-pronoun"),
    pytest.param("Tom Hale cried when speaking about his aunt, whom he described as his earliest teacher, when he was young.",
                 [], id="relative-naming-clause-is-no-post-cue"),
    pytest.param("Ann Lee praised the port towns, especially Dover, which she calls her second home.",
                 [], id="relative-which-cue-is-no-post-cue"),
    pytest.param("Tom Hale spoke at noon. The new plan will fail within a year, he said.",
                 [("indirect", "The new plan will fail within a year", "Tom Hale", None)], id="post-cue-pronoun-still-reports"),
    pytest.param("Ann Fallow, one of the women elected in 1998, told researchers: \"I remember the jeers.\"",
                 [("direct", "I remember the jeers.", "Ann Fallow", "one of the women elected in 1998")], id="told-after-apposition-is-no-inverted-cue"),
    pytest.param("Tom Hale, who called Ann Lee shortly after the count, told his supporters, \"We will be back next year.\"",
                 [("direct", "We will be back next year.", "Tom Hale", None)], id="told-hearer-after-relative-is-no-speaker"),
    pytest.param("The plan will not survive the winter, said Tom Hale.",
                 [("indirect", "The plan will not survive the winter", "Tom Hale", None)], id="inverted-said-still-reports"),
    pytest.param("Ann Fallow, one of the so-called \"Vale Girls\" elected in 2001, told researchers: \"I remember the jeers.\"",
                 [("direct", "I remember the jeers.", "Ann Fallow", "one of the so-called \"Vale Girls\" elected in 2001")], id="so-called-label-inside-apposition-lead"),
    pytest.param("The study drew on thousands of so-called “spending notice” reports that firms must file each week.",
                 [], id="label-then-noun-cue-form-and-relative-is-no-quote"),
    pytest.param("Ann Follet praised the \"Vale Girls\" at the party. \"They made history,\" she said.",
                 [("direct", "They made history,", "Ann Follet", None)], id="quoted-name-outside-apposition-keeps-speaker"),
    pytest.param("The festival may be loved by the industry but viewers are tired of it, according to some LA TV critics.",
                 [("indirect", "The festival may be loved by the industry but viewers are tired of it", "some LA TV critics", None)], id="according-to-determiner-place-then-group"),
    pytest.param("Prices will fall next year, said Hale campaign officials.",
                 [("indirect", "Prices will fall next year", "Hale campaign officials", None)], id="inverted-description-with-name-modifier"),
    pytest.param("Prices will fall next year, said Tom Hale.",
                 [("indirect", "Prices will fall next year", "Tom Hale", None)], id="inverted-name-unchanged"),
    pytest.param("Tom Hale himself has said voters think he does not listen.",
                 [("indirect", "voters think he does not listen", "Tom Hale", None)], id="reflexive-stress-is-no-part-of-name"),
    pytest.param("The row began on the radio show, with Ann Lee walking up to him, saying \"Tom, that is nonsense\" as she left.",
                 [("mixed", "\"Tom, that is nonsense\" as she left", "Ann Lee", None)], id="with-doer-participle-then-saying"),
    pytest.param("Tom Hale has escalated his feud with Sir Ian Marsh by claiming the rival coach is guilty of cheating.",
                 [("indirect", "the rival coach is guilty of cheating", "Tom Hale", None)], id="with-object-then-by-participle-keeps-subject"),
    pytest.param("The mayor met the crowd on Friday and said the new plan was safe.",
                 [("indirect", "the new plan was safe", "The mayor", None)], id="description-irregular-past-then-and-said"),
    pytest.param("The coach felt the loss keenly, saying the team had played badly.",
                 [("indirect", "the team had played badly", "The coach", None)], id="description-irregular-past-then-saying"),
    pytest.param("The mayor's rival met the crowd and a band played.",
                 [], id="irregular-past-without-cue-no-quote"),
    pytest.param("\"Prices will rise,\" said Tom Hale, head of sales and marketing at Acme Foods.",
                 [("direct", "Prices will rise,", "Tom Hale", "head of sales and marketing at Acme Foods")], id="post-cue-role-two-fields-joined-by-and"),
    pytest.param("\"Prices will rise,\" said Tom Hale, head of sales, and his deputy agreed.",
                 [("direct", "Prices will rise,", "Tom Hale", "head of sales")], id="post-cue-role-ends-before-comma-and-clause"),
    pytest.param("Tom Hale said: \"I will stay.\" The book, by journalist Ann Lee and serialised in a newspaper, said the two had \"mutual disdain\" for each other.\n\nIt claims Tom Hale felt he had lost the trust of voters.",
                 [("direct", "I will stay.", "Tom Hale", None),
                  ("mixed", "the two had \"mutual disdain\" for each other", "The book", None),
                  ("indirect", "Tom Hale felt he had lost the trust of voters", "The book", None)], id="it-after-book-is-the-book"),
    pytest.param("More than 1,500 doctors said the new rules would fail.",
                 [("indirect", "the new rules would fail", "More than 1,500 doctors", None)], id="number-with-group-comma-stays-in-subject"),
    pytest.param("Some 12,500 council posts have been cut this year, the minister added.",
                 [("indirect", "Some 12,500 council posts have been cut this year", "the minister", None)], id="plural-cue-form-before-auxiliary-is-noun"),
    pytest.param("Tom Hale says many posts were cut.",
                 [("indirect", "many posts were cut", "Tom Hale", None)], id="says-then-plural-noun-still-reports"),
    pytest.param("Prices rose again. Ann Cole says \"There is nothing to fear from this plan at all.\"",
                 [("direct", "There is nothing to fear from this plan at all.", "Ann Cole", None)], id="says-quote-without-colon"),
    pytest.param("The Treasury dismissed the claims on Monday, saying \"the plans are firmly on track for next year\".",
                 [("direct", "the plans are firmly on track for next year", "The Treasury", None)], id="saying-quote-without-comma"),
    # a second cue after "and"/"but" whose clause follows a closing mark: the sentence's subject does both
    pytest.param("Mara Quill said the tax was “plainly unfair” to farmers and warned the council to drop it before the vote.",
                 [("mixed", "the tax was “plainly unfair” to farmers", "Mara Quill", None),
                  ("indirect", "the council to drop it before the vote", "Mara Quill", None)],
                 id="second-cue-after-quote-and"),
    pytest.param("Mara Quill said she was “not ready” to endorse the mayor, but conceded that the budget would probably pass.",
                 [("mixed", "she was “not ready” to endorse the mayor", "Mara Quill", None),
                  ("indirect", "the budget would probably pass", "Mara Quill", None)],
                 id="second-cue-after-quote-but"),
    # a quoted title ending an adverbial after the cue is no mixed report
    pytest.param("The levy will pass by a wide margin, Mara Quill said Sunday on KBT's “Valley Week.”",
                 [("indirect", "The levy will pass by a wide margin", "Mara Quill", None)],
                 id="quoted-show-title-in-adverbial"),
    pytest.param("Mara Quill vowed Sunday at a Dayton rally to end “the wasteful toll regime.”",
                 [("mixed", "at a Dayton rally to end “the wasteful toll regime.”", "Mara Quill", None)],
                 id="adverbial-then-infinitive-keeps-quote"),
    # subject before a dash aside / before an aside of members
    pytest.param("Several farm groups — including the Grain Council and two co-ops — said the levy would ruin small growers.",
                 [("indirect", "the levy would ruin small growers", "Several farm groups", None)],
                 id="subject-before-dash-aside"),
    pytest.param("The county judge -- who has clashed with the mayor for months -- said she regretted her remarks.",
                 [("indirect", "she regretted her remarks", "The county judge", None)],
                 id="subject-before-typed-dash-aside"),
    pytest.param("Several senators, including Ross Hale, said they would vote against the levy.",
                 [("indirect", "they would vote against the levy", "Several senators", None)],
                 id="group-before-including-member"),
    # state abbreviation and agency datelines before a participle or second cue
    pytest.param("At a rally in Keene, N.H., on Tuesday, Mara Quill backed the levy, saying that it would fund the schools.",
                 [("indirect", "it would fund the schools", "Mara Quill", None)],
                 id="town-state-abbreviation-opener"),
    pytest.param("DAYTON, Ohio (Reuters) - Mayor Mara Quill met flood victims on Thursday and said the city must rebuild the levee.",
                 [("indirect", "the city must rebuild the levee", "Mara Quill", "Mayor")],
                 id="agency-dateline-then-and-said"),
    # time phrase and quantity after the cue
    pytest.param("Mara Quill said late Wednesday that she would go ahead with the vote.",
                 [("indirect", "she would go ahead with the vote", "Mara Quill", None)],
                 id="said-late-weekday-that"),
    pytest.param("The county budget office said about half of the shortfall came from lower fuel taxes.",
                 [("indirect", "about half of the shortfall came from lower fuel taxes", "The county budget office", None)],
                 id="said-about-half"),
    # "as reported by X" and "as X noted"
    pytest.param("As reported by the Valley Gazette, inspectors found cracks in two of the bridges.",
                 [("indirect", "inspectors found cracks in two of the bridges", "the Valley Gazette", None)],
                 id="as-reported-by-opener"),
    pytest.param("But as a local reporter noted, the mayor did not fill half of the hall.",
                 [("indirect", "the mayor did not fill half of the hall", "a local reporter", None)],
                 id="as-description-noted-opener"),
    pytest.param(
        "Tom Reed, a grocer, opposes the levy. “We will win,” said Paul Hale, the mayor.\n\n"
        "Most members have backed the levy, but Representative Reed, who leads the caucus, is not convinced.\n\n"
        "“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Tom Reed", "a grocer")],
        id="pronoun-subject-after-but"),
    pytest.param(
        "Tom Reed, a grocer, opposes the levy. “We will win,” said Paul Hale, the mayor.\n\n"
        "The crowd cheered. Yet there at the back was Reed, the grocer. He did not clap.\n\n"
        "“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Tom Reed", "a grocer")],
        id="pronoun-inverted-subject"),
    pytest.param(
        "Tom Dunn is running for mayor.\n\nPaul Reed did not answer our calls. In television interviews on Sunday, "
        "he defended Mr. Dunn’s views on taxes, saying that as mayor, Mr. Dunn would be firm with the unions.",
        [("indirect", "as mayor, Mr. Dunn would be firm with the unions", "Paul Reed", None)],
        id="pronoun-subject-after-opener-not-later-name"),
    pytest.param(
        "“We will win,” said Sara Hale, the mayor. At a rally in Dover, Ohio, 62-year-old Ann Lee also railed "
        "against the levy. “It costs too much,” she said.",
        [("direct", "We will win,", "Sara Hale", "the mayor"),
         ("direct", "It costs too much,", "Ann Lee", None)],
        id="pronoun-subject-after-age"),
    pytest.param(
        "“We will win,” said Paul Hale, the mayor.\n\nDunn seemed tired when he spoke to the crowd. "
        "Voters in the county like Dunn, who knows he must win it.\n\n“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Dunn", None)],
        id="pronoun-one-word-subject-with-gender"),
    pytest.param("Kevin Doyle finished fourth in the race. “My legs were gone after ten miles,” says the Galway man.", [("direct", "My legs were gone after ten miles,", "Kevin Doyle", None)], id="epithet-place-man-is-named-person"),
    pytest.param("Marta Quinn won the sprint in record time. “I never expected this,” said the Leeds woman.", [("direct", "I never expected this,", "Marta Quinn", None)], id="epithet-place-woman-is-named-person"),
    pytest.param("Rob Tanner retired from rugby last year. “Nobody wants to watch that kind of game,” the ex-Lion said.", [("direct", "Nobody wants to watch that kind of game,", "Rob Tanner", None)], id="epithet-ex-team-is-named-person"),
    pytest.param("Tom Reese accused the mayor of “wasting money”. The mayor, Ann Cole, told the Evening Post: “This scheme will work.”", [("direct", "This scheme will work.", "Ann Cole", "The mayor")], id="fragment-before-told-colon-is-not-the-next-speakers"),
    pytest.param("Voters remember Paul Dunn because he built the bridge. Tom Reyes, the county treasurer, sat in on the meetings when Paul Dunn first took office. “They wanted answers about the tolls,” he said.", [("direct", "They wanted answers about the tolls,", "Tom Reyes", "the county treasurer")], id="he-keeps-subject-over-man-named-in-subordinate-clause"),
    pytest.param("“We will fight on,” Dana Cole said on Monday. Later, Ms. Cole jokingly told reporters, “The goats will run the board.”", [("direct", "We will fight on,", "Dana Cole", None), ("direct", "The goats will run the board.", "Dana Cole", None)], id="manner-adverb-after-name-is-not-part-of-speaker"),
    pytest.param("“We will fight on,” Dana Cole said on Monday. Later, Cole proudly told reporters that the plant would stay open through the winter.", [("direct", "We will fight on,", "Dana Cole", None), ("indirect", "the plant would stay open through the winter", "Dana Cole", None)], id="manner-adverb-before-told-is-not-part-of-speaker"),
    pytest.param("Ann Lee toured the plant on Monday. She criticized Paul Dunn’s budget record said the plant would stay open through the winter.", [("indirect", "the plant would stay open through the winter", "Ann Lee", None)], id="clause-subject-pronoun-is-the-speaker"),
    pytest.param("Lee Harmon huddled with his aides announced they would appeal the ruling to the state court.", [("indirect", "they would appeal the ruling to the state court", "Lee Harmon", None)], id="clause-subject-name-is-the-speaker"),
    pytest.param(
        'Tough-tackling prop Dorian White is fit again.\n\n"The scrum is strong," he told reporters.',
        [("direct", "The scrum is strong,", "Dorian White", "Tough-tackling prop")],
        id="surname-title-word-ends-a-name-and-lone-person-takes-he"),
    pytest.param(
        'Ann Lee praised the plan. Her colleague Tom Hale agreed: "We need it now."',
        [("direct", "We need it now.", "Tom Hale", "Her colleague")],
        id="agreed-colon-introduces-quote"),
    pytest.param(
        '"Prices are far too low," agreed Mark Dunn, a trader.',
        [("direct", "Prices are far too low,", "Mark Dunn", "a trader")],
        id="inverted-agreed-after-quote"),
    pytest.param(
        '"Prices are far too low," Jo Rowe agreed.',
        [("direct", "Prices are far too low,", "Jo Rowe", None)],
        id="name-agreed-after-comma-quote"),
    pytest.param(
        'The festival drew stars such as Ann Lee, Tom Hale and Jo Park. Hale said he had almost stayed home.',
        [("indirect", "he had almost stayed home", "Tom Hale", None)],
        id="listed-name-is-no-role-of-next-name"),
    pytest.param(
        'Tom Hale spoke on the radio. During the interview Mr Hale also said the plan was sound.',
        [("indirect", "the plan was sound", "Tom Hale", None)],
        id="opening-prepositional-phrase-is-no-role"),
    pytest.param(
        'The bank cautioned that further rises were likely.',
        [("indirect", "further rises were likely", "The bank", None)],
        id="cautioned-that-clause"),
    pytest.param(
        'The minister responded by saying the figure was wrong.',
        [("indirect", "the figure was wrong", "The minister", None)],
        id="responded-by-saying-keeps-clause"),
    pytest.param(
        'Party activists said the mood was good. "We can win," said Ann Lee, a candidate. '
        'They said turnout was the main worry.',
        [("indirect", "the mood was good", "Party activists", None),
         ("direct", "We can win,", "Ann Lee", "a candidate"),
         ("indirect", "turnout was the main worry", "Party activists", None)],
        id="they-goes-to-group-not-last-person"),
    pytest.param('Mayor Ruth Alvarez called the budget “a careful compromise,” adding that she would sign it on Friday.', [('mixed', 'the budget “a careful compromise,”', 'Ruth Alvarez', 'Mayor'), ('indirect', 'she would sign it on Friday', 'Ruth Alvarez', 'Mayor')], id='quoted-comma-then-adding'),
    pytest.param('Dana Holt called the stadium deal “a giveaway,” pointing to the tax breaks it grants.', [('mixed', 'the stadium deal “a giveaway,”', 'Dana Holt', None)], id='quoted-comma-then-participle'),
    pytest.param('Owen Price said the vote had been rigged, a charge that the county clerk denied.', [('indirect', 'the vote had been rigged', 'Owen Price', None)], id='closing-apposition-comments-on-report'),
    pytest.param('Dana Holt called the tax “a burden” and accused the governor of ignoring farmers.', [('mixed', 'the tax “a burden”', 'Dana Holt', None)], id='second-predicate-after-quote'),
    pytest.param('Mayor Dana Holt said, “The harbour will stay open,” and posted a map of the new docks.',
                 [('direct', 'The harbour will stay open,', 'Dana Holt', 'Mayor')],
                 id='quote-opening-clause-then-second-predicate-is-direct'),
    pytest.param('Mayor Dana Holt said, “The harbour will stay open” - at which point the crowd cheered.',
                 [('direct', 'The harbour will stay open', 'Dana Holt', 'Mayor')],
                 id='quote-opening-clause-then-dash-comment-is-direct'),
    pytest.param('Mayor Dana Holt said, “I am sorry,” adding that “the ferry will run again.”',
                 [('direct', 'I am sorry,', 'Dana Holt', 'Mayor'), ('direct', 'the ferry will run again.', 'Dana Holt', 'Mayor')],
                 id='quote-opening-clause-then-adding-is-direct'),
    pytest.param('Mayor Dana Holt said “the harbour” would stay open all winter.',
                 [('mixed', '“the harbour” would stay open all winter', 'Dana Holt', 'Mayor')],
                 id='quote-opening-clause-then-predicate-stays-mixed'),
    pytest.param('The town “did well with farmers” in the 2010 vote, said Kent State University professor Ida Brandt.',
                 [('mixed', 'The town “did well with farmers” in the 2010 vote', 'Ida Brandt', 'Kent State University professor')],
                 id='inverted-speaker-with-lowercase-title-word'),
    pytest.param('The port council, in releasing the memo, said delays hurt Ida Brandt.',
                 [('indirect', 'delays hurt Ida Brandt', 'The port council', None)],
                 id='clause-ending-in-name-after-cue-is-no-inverted-speaker'),
    pytest.param('Mayor Dana Holt said, “We will see,” when asked whether she would run again.',
                 [('direct', 'We will see,', 'Dana Holt', 'Mayor')], id='quote-opening-clause-then-when-asked-is-direct'),
    pytest.param('Mayor Dana Holt said “three weeks” remained until the vote.',
                 [('mixed', '“three weeks” remained until the vote', 'Dana Holt', 'Mayor')],
                 id='quote-opening-clause-then-until-phrase-stays-mixed'),
    pytest.param('Owen Price said he would accept a debate with the “real candidate” — a jab at his rival’s running mate.', [('mixed', 'he would accept a debate with the “real candidate”', 'Owen Price', None)], id='dash-comment-after-quote'),
    pytest.param('Dana Holt described the ruling as “a disgrace,” but stopped short of calling for an appeal.', [('mixed', 'the ruling as “a disgrace,”', 'Dana Holt', None)], id='but-predicate-after-quote'),
    pytest.param('Speaking on WXYZ’s “Morning Edition,” Dana Holt said the bridge would reopen in May.', [('indirect', 'the bridge would reopen in May', 'Dana Holt', None)], id='show-title-in-opener-is-not-quote'),
    pytest.param('The answers from the agency were “not good enough,” Senator Owen Price said.', [('mixed', 'The answers from the agency were “not good enough,”', 'Owen Price', 'Senator')], id='cue-noun-in-mixed-lead'),
    pytest.param('Dana Holt called Mr. Price’s budget “a fantasy” at the hearing.', [('mixed', 'Mr. Price’s budget “a fantasy” at the hearing', 'Dana Holt', None)], id='naming-object-after-honorific'),
    pytest.param('The new rules’ “hidden costs” are alarming, Owen Price said on Tuesday.', [('mixed', 'The new rules’ “hidden costs” are alarming', 'Owen Price', None)], id='fragment-inside-post-cued-clause'),
    pytest.param('“We were shocked” by the size of the cuts, Dana Holt said.', [('mixed', '“We were shocked” by the size of the cuts', 'Dana Holt', None)], id='fragment-opens-post-cued-clause'),
    pytest.param('“The plan will work,” in spite of the delays, said Owen Price.', [('mixed', '“The plan will work,” in spite of the delays', 'Owen Price', None)], id='quote-then-reporter-words-then-said-name'),
    pytest.param('Her campaign called the report “a smear” on Monday.', [('mixed', 'the report “a smear” on Monday', 'Her campaign', None)], id='naming-verb-described-subject'),
    pytest.param("Mayor Ruth Alvarez met the farmers. Alvarez continued to insist that the levy would be repealed.",
                 [("indirect", "the levy would be repealed", "Ruth Alvarez", "Mayor")], id="continued-to-cue"),
    pytest.param("Senator Owen Price went on to say the drought relief would arrive before the harvest.",
                 [("indirect", "the drought relief would arrive before the harvest", "Owen Price", "Senator")], id="went-on-to-cue"),
    pytest.param("Aides to the mayor were quick to point out that the budget had been balanced twice.",
                 [("indirect", "the budget had been balanced twice", "Aides to the mayor", None)], id="quick-to-point-out"),
    pytest.param("Hugo Marsh praised the crews but went on to say, “We still need more trucks.”",
                 [("direct", "We still need more trucks.", "Hugo Marsh", None)], id="went-on-to-say-direct-speaker"),
    pytest.param("Dana Holt said the levy was unfair and criticized the council for rushing the vote.",
                 [("indirect", "the levy was unfair", "Dana Holt", None)], id="report-ends-before-stance-verb"),
    pytest.param("Noting that the river had crested overnight, Mayor Carl Diaz told residents to stay home.",
                 [("indirect", "the river had crested overnight", "Carl Diaz", "Mayor"),
                  ("indirect", "residents to stay home", "Carl Diaz", "Mayor")], id="opening-participle-cue"),
    pytest.param("While he acknowledged that the fund was short, Owen Price refused to raise fees.",
                 [("indirect", "the fund was short", "Owen Price", None)], id="subordinate-clause-ends-at-comma"),
    pytest.param("While one survey says there are more than 1,300 vineyards in the valley, another counts fewer.",
                 [("indirect", "there are more than 1,300 vineyards in the valley", "one survey", None)],
                 id="thousands-comma-is-no-clause-break"),
    pytest.param("Carla Ruiz met the growers. Others say this is only a bad season for the farms.",
                 [("indirect", "this is only a bad season for the farms", "Others", None)], id="said-this-is"),
    pytest.param("Glen Moss said in farming it takes years to earn a profit.",
                 [("indirect", "it takes years to earn a profit", "Glen Moss", None)], id="said-bare-phrase-then-clause"),
    pytest.param("Glen Moss told his wife the shop would close in May.",
                 [("indirect", "the shop would close in May", "Glen Moss", None)], id="told-lowercase-hearer-then-clause"),
    pytest.param("The union strongly denounced the cuts and said it would strike in the spring.",
                 [("indirect", "it would strike in the spring", "The union", None)], id="described-subject-with-adverb"),
    pytest.param("The judges who ruled that the map was unfair, for instance, said the problem was the lines.",
                 [("indirect", "the problem was the lines", "The judges", None)], id="subject-with-restrictive-clause"),
    pytest.param("A farmer who worked near the dam and who did not want to be named said the water rose in an hour.",
                 [("indirect", "the water rose in an hour",
                   "A farmer who worked near the dam and who did not want to be named", None)], id="described-by-relative-clause"),
    pytest.param("The director of the fund, Ina Kowal, told the Ledger her firm never hired the agency and said the firm engaged the lawyers itself.",
                 [("indirect", "her firm never hired the agency", "Ina Kowal", "The director of the fund"),
                  ("indirect", "the firm engaged the lawyers itself", "Ina Kowal", "The director of the fund")],
                 id="second-cue-after-and-keeps-subject"),
    pytest.param("The mayor faced another problem before the vote, when the Ledger reported that the fund had been drained.",
                 [("indirect", "the fund had been drained", "Ledger", None)], id="subordinator-before-subject"),
    pytest.param("DAYTON, Ohio — Gov. Ann Lee on Monday blamed the press for the uproar, saying they were twisting her words.",
                 [("indirect", "they were twisting her words", "Ann Lee", None)], id="dateline-dash-then-participle"),
    # a past verb and its object between an organisation's aside and the cue: the predicate, not the source
    pytest.param("The Harbor Alliance, in its weekly newsletter, circulated a report saying that “the port will close in May.”",
                 [("direct", "the port will close in May.", "The Harbor Alliance", None)],
                 id="predicate-part-after-organisation-aside"),
    # a manner adverb set off by commas before the cue
    pytest.param("In a panel on Sunday, Colin Marsh, the head of the tenants' union, forcefully told a young man who said "
                 "he would not vote that “staying home is no plan at all.”",
                 [("direct", "staying home is no plan at all.", "Colin Marsh", "the head of the tenants' union")],
                 id="adverb-part-before-cue"),
    # quotes signed with a bar (and a no-break space) on consecutive lines of one paragraph
    pytest.param("“The buses never come on time.” ―\xa0Rosa Delgado\n“I walk to work every single day now.” ―\xa0Tomas Reyes.\n\n"
                 "The city did not reply.",
                 [("direct", "The buses never come on time.", "Rosa Delgado", None),
                  ("direct", "I walk to work every single day now.", "Tomas Reyes", None)],
                 id="signed-quotes-on-consecutive-lines"),
    # a signature on its own line below the quote's paragraph
    pytest.param("“Our schools need more teachers than ever before.”\n\n- Marta Solis.\n\nThe board meets again next week.",
                 [("direct", "Our schools need more teachers than ever before.", "Marta Solis", None)],
                 id="signature-line-below-quote"),
    # an object "her" after a name says nothing of that person's gender
    pytest.param("“It was a fair deal,” said Mr. Cole. Mrs. Quinn has said the server was safe. President Brandt backed "
                 "her up in a speech last year. “I don't think it caused a problem,” he said.",
                 [("direct", "It was a fair deal,", "Cole", None),
                  ("indirect", "the server was safe", "Quinn", None),
                  ("direct", "I don't think it caused a problem,", "Brandt", "President")],
                 id="object-her-is-no-gender-evidence"),
    # a titled name before "of" and a state opens the sentence: the person is its subject
    pytest.param("Ellen Moss has led the party since 2011. “We are afraid for our safety,” said Dora Finch, the county "
                 "chairwoman. Representative Ellen Moss of Kansas, the party leader, also voiced concern. "
                 "“We will reach out to both camps,” she said.",
                 [("direct", "We are afraid for our safety,", "Dora Finch", "the county chairwoman"),
                  ("direct", "We will reach out to both camps,", "Ellen Moss", "Representative")],
                 id="titled-name-of-state-is-subject"),
    # the main clause's own subject after an opening subordinate clause
    pytest.param("“The plan is fine,” said Mr. Hale. When Mr. Hale tried to defend his remarks about the mill workers and "
                 "their pensions, Mr. Brook sharply objected. “I think that plan would ruin the town,” he said.",
                 [("direct", "The plan is fine,", "Hale", None),
                  ("direct", "I think that plan would ruin the town,", "Brook", None)],
                 id="main-subject-after-subordinate-clause"),
    # a capitalised qualifier, lower-case title words, then the name: the person is the subject
    pytest.param("Lopez campaign spokesman Dan Orr responded on Monday, calling the charge “absurd and dangerous.”",
                 [("mixed", "the charge “absurd and dangerous.”", "Dan Orr", "Lopez campaign spokesman")],
                 id="qualifier-title-name-subject"),
    # the "that" clause belongs to the nearer cue's subject; the pledge before the comma is Ruiz's own
    pytest.param("While Ruiz has pledged to support the mayor as the nominee, Devlin suggested that the party would stay divided.",
                 [("indirect", "to support the mayor as the nominee", "Ruiz", None),
                  ("indirect", "the party would stay divided", "Devlin", None)],
                 id="clause-goes-to-nearer-cue"),
    # a plural source phrase right before the cue is the speaker, not an apposition of the name
    pytest.param("Mr. Grant, officials said, has grown tired of the talks.",
                 [("indirect", "Mr. Grant, officials said, has grown tired of the talks", "officials", None)],
                 id="parenthetical-group-cue"),
    # a title and a name, then "of" and a state: the person, whatever name the apposition holds
    pytest.param("Gov. Ann Lee of Iowa, a Republican who has declined to endorse Mr. Roe, said the plan was dead.",
                 [("indirect", "the plan was dead", "Ann Lee", "a Republican who has declined to endorse Mr. Roe")],
                 id="titled-name-of-state-before-apposition"),
    # an unnamed person who spoke last takes the next he/she
    pytest.param("Acme-Webster said the word topped its list. A spokesman for the Oxford Press said that the term was now common. “I think it was last year's word,” he said.", [("indirect", "the word topped its list", "Acme-Webster", None), ("indirect", "the term was now common", "A spokesman for the Oxford Press", None), ("direct", "I think it was last year's word,", "A spokesman for the Oxford Press", None)], id="he-after-unnamed-spokesman"),
    # an organisation's initials are no person for he/she
    pytest.param("Gerd Falk, the group's managing director, said: “Doubling is easy.” GX said the games market was now bigger than music.\n“You cannot ignore an industry like that,” he said.", [("direct", "Doubling is easy.", "Gerd Falk", "the group's managing director"), ("indirect", "the games market was now bigger than music", "GX", None), ("direct", "You cannot ignore an industry like that,", "Gerd Falk", "the group's managing director")], id="he-skips-acronym-organisation"),
    # an unnamed member of a named body is a description, not the body or a person
    pytest.param("A spokesman for the Royal Opera said that most of its singers were from abroad.", [("indirect", "most of its singers were from abroad", "A spokesman for the Royal Opera", None)], id="spokesman-for-named-body"),
    pytest.param("In a speech, a senior adviser for Governor Lane explained that the tax plan would not pass.", [("indirect", "the tax plan would not pass", "a senior adviser for Governor Lane", None)], id="adviser-for-named-person"),
    # roles from an apposition after a post-cue name
    pytest.param("“We must act now,” said Rita Hale, technical director for the league.", [("direct", "We must act now,", "Rita Hale", "technical director for the league")], id="said-name-modified-title-apposition"),
    pytest.param("Fees are rising fast for small firms, said Omar Reed, head of services at Fenwick Telecom.", [("indirect", "Fees are rising fast for small firms", "Omar Reed", "head of services at Fenwick Telecom")], id="inverted-post-cue-apposition-role"),
    pytest.param("There are 40 faulty models on sale, according to Lena Voss, senior vice president of sales for Orbit.", [("indirect", "There are 40 faulty models on sale", "Lena Voss", "senior vice president of sales for Orbit")], id="according-to-apposition-role"),
    # British titles with an ordinal or a capitalised pair joined by "and"
    pytest.param("First Minister Alun Price said that the hospital would reopen in May.", [("indirect", "the hospital would reopen in May", "Alun Price", "First Minister")], id="first-minister-title"),
    pytest.param("Trade and Industry Secretary Jane Rowe said that the factory would stay open.", [("indirect", "the factory would stay open", "Jane Rowe", "Trade and Industry Secretary")], id="capitalised-pair-title"),
    # a nickname aside is no speaker
    pytest.param("“I dreamed of this day,” said Pablo Ruiz. And Ruiz, nicknamed Paquito, admitted: “The cup is my dream.”", [("direct", "I dreamed of this day,", "Pablo Ruiz", None), ("direct", "The cup is my dream.", "Pablo Ruiz", None)], id="nickname-aside-not-speaker"),
    pytest.param("Chelsea striker Marco Lenti scored twice on Saturday. “We deserved the win,” the striker said.", [("direct", "We deserved the win,", "Marco Lenti", "Chelsea striker")], id="definite-title-is-role-holder"),
    pytest.param("Acme chairman Paul Grey said profits rose sharply. “We had a strong year,” Acme's chairman added.", [("indirect", "profits rose sharply", "Paul Grey", "Acme chairman"), ("direct", "We had a strong year,", "Paul Grey", "Acme chairman")], id="possessor-title-is-role-holder"),
    pytest.param("Jeremy Stone flew in for the premiere on Friday. “I nearly stayed at home,” the British actor said.", [("direct", "I nearly stayed at home,", "Jeremy Stone", None)], id="occupation-epithet-is-named-person"),
    pytest.param("Ann Lee, who plays the lead, arrived late. “The traffic was terrible,” the actress said.", [("direct", "The traffic was terrible,", "Ann Lee", None)], id="feminine-occupation-epithet-is-named-person"),
    pytest.param("Laura Finch won the title in record time. “I feel there is much more to come,” said the 22-year-old.", [("direct", "I feel there is much more to come,", "Laura Finch", None)], id="age-epithet-is-named-person"),
    pytest.param("Andy Parkes lost both his singles in Seville. “They were simply better than us,” said the American.", [("direct", "They were simply better than us,", "Andy Parkes", None)], id="nationality-epithet-is-named-person"),
    pytest.param("Maria Solis lost in the final on Sunday. “I was too tired,” said the Brazilian.", [("direct", "I was too tired,", "Maria Solis", None)], id="nationality-epithet-is-named-woman"),
    pytest.param("Tom Hardwick has dismissed reports that he will quit before the election. “You don't make deals over jobs,” the prime minister told the BBC.", [("indirect", "he will quit before the election", "Tom Hardwick", None), ("direct", "You don't make deals over jobs,", "Tom Hardwick", None)], id="office-epithet-is-lead-figure"),
    pytest.param("Sam Ortiz spoke in Miami on Monday. “We will win,” the Florida senator said.", [("direct", "We will win,", "Sam Ortiz", None)], id="placed-office-epithet-is-lead-figure"),
    pytest.param("The vote ended late. Rosa Quinn, the spokeswoman for the county party, said in a statement. “Every ballot was counted twice and the result stands.”", [("direct", "Every ballot was counted twice and the result stands.", "Rosa Quinn", "the spokeswoman for the county party")], id="cue-sentence-then-quote"),
    pytest.param("“The schools need more teachers,” Milo Grant, 41, of Dover, N.H., who joined the survey, said in an interview. “We cannot wait another year.”", [("direct", "The schools need more teachers,", "Milo Grant", None), ("direct", "We cannot wait another year.", "Milo Grant", None)], id="post-cue-apposition-with-initialism-state"),
    pytest.param("“The rent is too high,” Nora Park, 52, of Columbia, S.C., told the council.", [("direct", "The rent is too high,", "Nora Park", None)], id="post-cue-apposition-ending-in-initialism"),
    pytest.param("In an interview on Thursday, the Ohio Democrat criticized the budget and said the cuts would hurt rural schools.", [("indirect", "the cuts would hurt rural schools", "the Ohio Democrat", None)], id="second-verb-after-capitalised-title-description"),
    pytest.param("A spokeswoman for the State Water Resources Board emailed reporters the text of the rule, arguing, “The text says nothing of the kind.”", [("direct", "The text says nothing of the kind.", "A spokeswoman for the State Water Resources Board", None)], id="participle-after-long-described-subject"),
    pytest.param("Lee's younger sister defended her on Facebook, saying: “She did nothing wrong at all.”", [("direct", "She did nothing wrong at all.", "Lee's younger sister", None)], id="participle-after-possessed-person"),
    pytest.param("The senators met. As Ruth Calder, the No. 3 in the party leadership, put it: “This nominee will not get a vote. There is no reason to pretend otherwise.”", [("direct", "This nominee will not get a vote. There is no reason to pretend otherwise.", "Ruth Calder", None)], id="as-x-put-it"),
    pytest.param("The climate talks ended on Friday. Climate researchers have questioned the data, but have argued that the ice sheets are shrinking fast.",
                 [("indirect", "the ice sheets are shrinking fast", "Climate researchers", None)], id="opening-common-word-is-no-name"),
    pytest.param("“It is doable,” said Dana Tobias, a law professor. But what if Ann Roe wins? Don’t Republicans face the risk of her nominees? “She will do whatever she wants,” he said.",
                 [("direct", "It is doable,", "Dana Tobias", "a law professor"), ("direct", "She will do whatever she wants,", "Dana Tobias", "a law professor")],
                 id="contraction-opening-question-is-no-name"),
    pytest.param("Tom Hale opened his campaign on Monday. Later he ate at Hale Tower Grill with aides. Hale said the food was fine.",
                 [("indirect", "the food was fine", "Tom Hale", None)], id="place-word-inside-capitalised-run"),
    pytest.param("“Roads are the issue,” said Mary Dunn. But after touring the farms in the north, Ann Lee turned to the cities. “Our bridges are crumbling,” she said.",
                 [("direct", "Roads are the issue,", "Mary Dunn", None), ("direct", "Our bridges are crumbling,", "Ann Lee", None)],
                 id="conjunction-then-opening-phrase-subject"),
    pytest.param("“The plan is sound,” said Mary Dunn. When Mary Dunn unveiled her \"green plan,\" Ann Lee objected at once. “It is unfair,” she said.",
                 [("direct", "The plan is sound,", "Mary Dunn", None), ("direct", "It is unfair,", "Ann Lee", None)],
                 id="opening-clause-ends-in-quoted-phrase"),
    pytest.param("Tom Hale won the vote. “We win,” said Dan Roe. As for Hale, he said he is not worried. “I have the delegates,” he said.",
                 [("direct", "We win,", "Dan Roe", None), ("indirect", "he is not worried", "Tom Hale", None),
                  ("direct", "I have the delegates,", "Tom Hale", None)], id="as-for-topic-is-pronoun-referent"),
    pytest.param("“We win,” said Tom Hale. Outside the plant in the suburb, a worker named Dan Roe has nothing but praise for his job. “It is relaxed,” he said.",
                 [("direct", "We win,", "Tom Hale", None), ("direct", "It is relaxed,", "Dan Roe", None)], id="named-subject-after-opening-phrase"),
    pytest.param("“We win,” said Tom Hale. A retired miner named Dan Roe has nothing but praise for his job. “It is relaxed,” he said.",
                 [("direct", "We win,", "Tom Hale", None), ("direct", "It is relaxed,", "Dan Roe", None)], id="named-subject-opening-sentence"),
    pytest.param("But local groups that have backed him say they believe the vote was fair.",
                 [("indirect", "they believe the vote was fair", "local groups", None)], id="relative-clause-antecedent-is-source"),
    pytest.param("The chairman, Dan Roe, has called for a new vote. “We are not done,” said Tom Hale. Reached by phone, Roe, the county chairman, declined to repeat his criticism. He said that the mood would change soon.",
                 [("direct", "We are not done,", "Tom Hale", None),
                  ("indirect", "the mood would change soon", "Dan Roe", "The chairman")],
                 id="apposed-subject-after-opening-phrase"),
    pytest.param("Ann Lee posted the photo on Monday. “This is a disgrace,” another Twitter user wrote.",
                 [("direct", "This is a disgrace,", "another Twitter user", None)], id="one-of-a-kind-qualified-by-name"),
    pytest.param("“We lost the crop,” said Tom Hale. Ann Hale, his wife, runs the farm with him. Ruth Dunn, a neighbour, helps them. Hale said the rain came too late. “I am so tired of it,” she said.",
                 [("direct", "We lost the crop,", "Tom Hale", None), ("indirect", "the rain came too late", "Ann Hale", None),
                  ("direct", "I am so tired of it,", "Ann Hale", None)], id="shared-surname-she-goes-to-the-woman"),
    pytest.param(
        "Governor Ruth Alvarez said the plan was dead.\n\n"
        "Critics of George Hadley’s toll plan were loud.\n\n"
        "Since opening his campaign, Hadley has taken a hard line on the tolls.\n\n"
        "“Nobody should pay twice for one road,” he said.",
        [("indirect", "the plan was dead", "Ruth Alvarez", "Governor"),
         ("direct", "Nobody should pay twice for one road,", "George Hadley", None)],
        id="surname-subject-takes-full-name-before-quote-paragraph"),
    pytest.param(
        "Lee thrilled the small crowds with fiery speeches and promises to cut taxes if elected, Dunn said.",
        [("indirect", "Lee thrilled the small crowds with fiery speeches and promises to cut taxes if elected", "Dunn", None)],
        id="plural-noun-cue-after-preposition-is-no-second-predicate"),
    pytest.param(
        "Judge Omar Platt took a short recess. When he reappeared he began by saying, “I see no reason to send her to jail.”",
        [("direct", "I see no reason to send her to jail.", "Omar Platt", "Judge")],
        id="pronoun-after-subordinate-clause-before-participle-cue"),
    pytest.param(
        "“We are ready,” said Ron Weisel, a fundraiser.\n\n"
        "A few weeks ago, Texas developer Carl Ames voiced doubts about the plan. "
        "“I kept telling myself it would fail,” he told the Dallas paper.",
        [("direct", "We are ready,", "Ron Weisel", "a fundraiser"),
         ("direct", "I kept telling myself it would fail,", "Carl Ames", "Texas developer")],
        id="subject-after-time-ago-opener-is-salient"),
    pytest.param(
        "“We are ready,” said Ron Weisel, a fundraiser who once worked for Tom Hale.\n\n"
        "Hale’s new praise for his own staff came with limits. He may still replace his deputy, he said.",
        [("direct", "We are ready,", "Ron Weisel", "a fundraiser"),
         ("indirect", "He may still replace his deputy", "Tom Hale", None)],
        id="possessor-named-again-by-his-takes-next-pronoun"),
    pytest.param(
        'VOTE   Was Maria Holt right to quit the panel?   Yes  No\n\nMaria Holt said the show had "lost its way".',
        [("mixed", 'the show had "lost its way"', "Maria Holt", None)],
        id="poll-question-auxiliary-is-no-role"),
    pytest.param(
        "One of the first to praise the band was The Courier's music critic Lena Marsh, who said they were "
        '"the sound of the summer".',
        [("mixed", 'they were "the sound of the summer"', "Lena Marsh", "The Courier's music critic")],
        id="clause-before-title-is-no-role"),
    pytest.param(
        'Leeds hooker Dan Ford was in the squad. "We worked hard for that," he said.',
        [("direct", "We worked hard for that,", "Dan Ford", "Leeds hooker")],
        id="sport-position-title-before-name"),
    pytest.param(
        "The Daily Courier's film critic Rosa Lind felt it was a strong year. \"I hope the jury sees it,\" she said.",
        [("direct", "I hope the jury sees it,", "Rosa Lind", "The Daily Courier's film critic")],
        id="critic-title-names-the-next-speaker"),
    pytest.param(
        "In March the National Farmers Union said milk prices were too low.",
        [("indirect", "milk prices were too low", "the National Farmers Union", None)],
        id="time-opener-not-in-subject"),
    pytest.param(
        "Last week the rail union said it would hold a second ballot.",
        [("indirect", "it would hold a second ballot", "the rail union", None)],
        id="last-week-opener-not-in-subject"),
    pytest.param(
        "Baroness Fenwick, Labour leader in the Lords, said the bill needed more time.",
        [("indirect", "the bill needed more time", "Baroness Fenwick", "Labour leader in the Lords")],
        id="apposition-ending-in-a-body-is-the-role"),
    pytest.param(
        "Tom Hale, director of the Royal Ballet, said the season would open in May.",
        [("indirect", "the season would open in May", "Tom Hale", "director of the Royal Ballet")],
        id="apposition-director-of-body"),
    pytest.param(
        'Dance teacher Ruth Vale told City Radio she had seen a "huge" rise in pupils.',
        [("mixed", 'she had seen a "huge" rise in pupils', "Ruth Vale", "Dance teacher")],
        id="told-named-hearer-then-mixed-clause"),
    pytest.param(
        'The singer Jo Park told reporters the crowd was "simply wonderful".',
        [("mixed", 'the crowd was "simply wonderful"', "Jo Park", "The singer")],
        id="told-reporters-then-mixed-clause"),
    pytest.param(
        "Retailers' lobby group, the BRC, said sales had been flat. It also said prices were falling.",
        [("indirect", "sales had been flat", "BRC", None), ("indirect", "prices were falling", "BRC", None)],
        id="description-then-named-body-apposition"),
    pytest.param(
        "Mark Oduya, who heads the transport union, said the strike would go ahead.",
        [("indirect", "the strike would go ahead", "Mark Oduya", "who heads the transport union")],
        id="relative-clause-of-position-is-the-role"),
    pytest.param(
        "Mark Oduya, who is the union's general secretary, said the strike would go ahead.",
        [("indirect", "the strike would go ahead", "Mark Oduya", "who is the union's general secretary")],
        id="relative-clause-with-title-is-the-role"),
    pytest.param("As the Valley Courier noted, the mayor raised more than a million dollars from developers.",
                 [("indirect", "the mayor raised more than a million dollars from developers", "Valley Courier", None)],
                 id="as-outlet-noted-comma-clause"),
    pytest.param("As the Harbor City Times noted last week, the ferry has never turned a profit.",
                 [("indirect", "the ferry has never turned a profit", "the Harbor City Times", None)],
                 id="as-described-outlet-noted-time-comma-clause"),
    pytest.param("A statement posted on the club's website said the match tickets had been sold out for weeks.",
                 [("indirect", "the match tickets had been sold out for weeks",
                   "A statement posted on the club's website", None)],
                 id="statement-posted-on-site-said"),
    pytest.param("“We will win this,” Dana Holt said outside the courthouse.",
                 [("direct", "We will win this,", "Dana Holt", None)], id="quote-cue-then-place-aside"),
    pytest.param("“We will win this,” Dana Holt said quietly as the crowd cheered.",
                 [("direct", "We will win this,", "Dana Holt", None)], id="quote-cue-then-manner-adverb"),
    pytest.param("“It was a mistake,” Dana Holt told Channel Nine's “Morning Show” on Monday.",
                 [("direct", "It was a mistake,", "Dana Holt", None)], id="told-titled-show-is-hearer-only"),
    pytest.param(
        "Hundreds of workers gathered at the plant. Others, reacting to the closure of the plant, shouted, “Open the gates!”",
        [("direct", "Open the gates!", "Others", None)],
        id="participle-aside-after-described-subject"),
    pytest.param(
        "He also posted messages online. One message, apparently referring to the strikes by the army, said: “You bomb our towns.”",
        [("direct", "You bomb our towns.", "One message", None)],
        id="adverb-then-participle-aside"),
    pytest.param(
        "The nurses were exhausted. As one nurse told the local paper, “We are worn out.”",
        [("direct", "We are worn out.", "one nurse", None)],
        id="sentence-opening-as-is-no-part-of-subject"),
    pytest.param(
        "Prices rose again. As many shop owners have pointed out, the rent is the real problem.",
        [("indirect", "the rent is the real problem", "many shop owners", None)],
        id="sentence-opening-as-many-subject"),
    pytest.param("“Websites are far too slow,” said usability guru Dr Lena Hart.",
                 [("direct", "Websites are far too slow,", "Lena Hart", "usability guru")],
                 id="noun-modifier-before-title-is-the-roles"),
    pytest.param("Q magazine reviews editor Tom Reed said the album was a triumph.",
                 [("indirect", "the album was a triumph", "Tom Reed", "Q magazine reviews editor")],
                 id="publication-noun-before-title-field-is-the-roles"),
    pytest.param("Rovers have fined their Welsh striker Owen Pryce a week's wages.\n“I am shocked,” Pryce said.",
                 [("direct", "I am shocked,", "Owen Pryce", "Welsh striker")],
                 id="capitalised-qualifier-before-lower-title-in-passing"),
    pytest.param("But former Rovers keeper Dan Seddon believes the coach was harsh. Seddon told reporters: “He deserves another chance.”",
                 [("direct", "He deserves another chance.", "Dan Seddon", "former Rovers keeper")],
                 id="former-club-title-in-passing"),
    pytest.param("There was a report by the former Dutch prime minister Joost Hals. “Targets are bad,” Mr Hals said.",
                 [("direct", "Targets are bad,", "Joost Hals", "former Dutch prime minister")],
                 id="former-nationality-office-in-passing"),
    pytest.param("It is up to the incoming president of the Trade Council, Jose Marin, to act. “We will act,” Mr Marin said.",
                 [("direct", "We will act,", "Jose Marin", "president of the Trade Council")],
                 id="office-of-body-before-comma-name"),
    pytest.param("Fund chief economist Ann Lee said growth would slow. The Fund said the outlook was weak.",
                 [("indirect", "growth would slow", "Ann Lee", "Fund chief economist"),
                  ("indirect", "the outlook was weak", "The Fund", None)],
                 id="body-is-not-the-holder-of-its-officers-role"),
    pytest.param("“The figures are poor,” said Hale campaign manager Ben Holt. The campaign manager said the team would regroup.",
                 [("direct", "The figures are poor,", "Ben Holt", "Hale campaign manager"),
                  ("indirect", "the team would regroup", "Ben Holt", "Hale campaign manager")],
                 id="title-words-of-qualified-role-resolve-the-anaphor"),
    pytest.param("Ann Lee said of the plan that it would fail.",
                 [("indirect", "it would fail", "Ann Lee", None)],
                 id="said-of-topic-then-that-clause"),

    pytest.param("Farmers complained for months about the drought. Some seek to be compensated by the county, and argue that the subsidy is far too low.",
                 [("indirect", "the subsidy is far too low", "Some", None)], id="junk-quantifier-subject-of-joined-verb-phrase"),
    pytest.param("There is growing evidence suggesting that the canal lowers rents along its banks.",
                 [("indirect", "the canal lowers rents along its banks", "growing evidence", None)], id="junk-existential-there-is"),
    pytest.param("The Ledger quoted one of the mayor's aides as saying the budget would be cut.",
                 [("indirect", "the budget would be cut", "Ledger", None)], id="junk-quoted-someone-as-saying"),
    pytest.param("Mr. Dunn has improved his standing, with 31 percent of voters saying they trust him.",
                 [("indirect", "they trust him", "31 percent of voters", None)], id="junk-with-leading-source"),
    pytest.param("The floods have left 62 percent of residents saying the city is less safe.",
                 [("indirect", "the city is less safe", "62 percent of residents", None)], id="junk-object-of-verb-reports-in-participle"),
    pytest.param("Tom Hale and Senator Ann Park have both argued that the dam is unsafe.",
                 [("indirect", "the dam is unsafe", "Tom Hale and Senator Ann Park", None)], id="junk-coordinated-names-before-auxiliary"),
    pytest.param("That is why critics say the port will never reopen.",
                 [("indirect", "the port will never reopen", "critics", None)], id="junk-that-is-why-subject"),
    pytest.param("Ann Weller has long argued that the bridge should be rebuilt before winter.",
                 [("indirect", "the bridge should be rebuilt before winter", "Ann Weller", None)], id="junk-auxiliary-and-adverb-before-cue"),
    pytest.param("The new mayor would only say that the port will reopen soon.",
                 [("indirect", "the port will reopen soon", "The new mayor", None)], id="junk-modal-and-only-before-cue"),
    pytest.param(
        "Coach Tom Baker praised his side. \"We played well,\" said Baker. Pedro Moss' late shot was ruled out. "
        "Moss could not hide his frustration after the match. He said: \"It was plainly over the line.\"",
        [("direct", "We played well,", "Tom Baker", "Coach"),
         ("direct", "It was plainly over the line.", "Pedro Moss", None)],
        id="pronoun-after-narrative-sentence-on-new-subject"),
    pytest.param(
        "Jamie Cole was badly hurt in the crash.\n\n\"I was lucky to survive,\" Cole said.\n\n"
        "He spent weeks in hospital. \"Walking again felt like a real victory for me.\" He now trains every day. "
        "\"I hope to race again by the summer.\"",
        [("direct", "I was lucky to survive,", "Jamie Cole", None),
         ("direct", "Walking again felt like a real victory for me.", "Jamie Cole", None),
         ("direct", "I hope to race again by the summer.", "Jamie Cole", None)],
        id="run-on-quotes-continue-previous-speaker"),
    pytest.param(
        "Julian Marsh said he felt fit. Leicester, who signed Marsh from Bristol, are top of the table. "
        "\"I am happy with my form,\" he said. \"I love playing at Leicester.\"",
        [("indirect", "he felt fit", "Julian Marsh", None),
         ("direct", "I am happy with my form,", "Julian Marsh", None),
         ("direct", "I love playing at Leicester.", "Julian Marsh", None)],
        id="club-with-who-clause-takes-no-pronoun"),
    pytest.param(
        "\"It is a lot easier being champion,\" said former sprinter and BBC pundit Stan Cramer.",
        [("direct", "It is a lot easier being champion,", "Stan Cramer", "former sprinter and BBC pundit")],
        id="two-roles-joined-by-and-before-name"),
    pytest.param(
        "Milan coach Carlo Rossi said his side were ready. Milan won on penalties at Old Trafford and Rossi said: "
        "\"We are happy to return.\"",
        [("indirect", "his side were ready", "Carlo Rossi", "Milan coach"),
         ("direct", "We are happy to return.", "Carlo Rossi", "Milan coach")],
        id="place-then-and-surname-is-not-a-pair"),
    pytest.param(
        "Fly-half Danny Hobson was upset. \"It was not a clean strike,\" he added. \"I felt it had missed. I must recover.\" "
        "Andy Rawlins said he would \"keep practising the kicking\" with his squad.",
        [("direct", "It was not a clean strike,", "Danny Hobson", "Fly-half"),
         ("direct", "I felt it had missed. I must recover.", "Danny Hobson", "Fly-half"),
         ("mixed", "he would \"keep practising the kicking\" with his squad", "Andy Rawlins", None)],
        id="next-cue-with-quoted-fragment-leads-its-own-clause"),
    pytest.param("Lee and her backers sought to tie Roe to the mayor, with one of her spots asking, “Is Tom Roe impartial enough to sit on the court?”",
                 [("direct", "Is Tom Roe impartial enough to sit on the court?", "one of her spots", None)],
                 id="direct-with-lead-is-no-part-of-the-speaker"),
    pytest.param("At a rally in Dayton, some fans booed a protester, with Tom Roe reportedly yelling: “Get him out of here right now!”",
                 [("direct", "Get him out of here right now!", "Tom Roe", None)], id="direct-with-name-participle"),
    pytest.param("The listing, which drew many views, was replaced on Friday by a notice that said, “Sorry, the item is gone from our system.”",
                 [("direct", "Sorry, the item is gone from our system.", "a notice", None)],
                 id="direct-clause-speaker-is-relative-antecedent"),
    pytest.param("Dana Holt is a voter. Among many references to the scandal was this post from Dana Holt who wrote, “Nobody ever follows the rules here, and nothing is ever done.”",
                 [("direct", "Nobody ever follows the rules here, and nothing is ever done.", "Dana Holt", None)],
                 id="direct-clause-name-before-who"),
    pytest.param("“There never was any such order,” said the station chief known as Ray, speaking in public for the first time.",
                 [("direct", "There never was any such order,", "Ray", "the station chief")], id="said-description-known-as-name"),
    pytest.param("“If we want new voters to back us, we have to court them and prove our good faith,” wrote the authors of the “Reach and Renewal Report,” giving an example.",
                 [("direct", "If we want new voters to back us, we have to court them and prove our good faith,",
                   "the authors of the “Reach and Renewal Report”", None)], id="wrote-authors-of-quoted-title"),
    pytest.param("“Tolls must fall before the new bridge opens,” wrote the authors of the \"Harbor Fares Review\" last week.",
                 [("direct", "Tolls must fall before the new bridge opens,",
                   "the authors of the \"Harbor Fares Review\"", None)], id="wrote-authors-of-quoted-title-closing-mark-kept"),
    pytest.param("The new spot uses footage of Ann Lee asking, “Why am I not far ahead in this race?”",
                 [("direct", "Why am I not far ahead in this race?", "Ann Lee", None)], id="footage-of-name-participle-in-clause"),
    pytest.param("Shivering in a thin silk dress, the Oscar-winning actress paused to sign autographs and joked: “It is tight but I love it.”",
                 [("direct", "It is tight but I love it.", "the Oscar-winning actress", None)], id="direct-clause-subject-of-first-verb"),
    pytest.param("Others, reacting to the long delay between the first arrest and the release of the footage, shouted, “Stop the coverup now!”",
                 [("direct", "Stop the coverup now!", "Others", None)], id="long-participle-aside-before-cue"),
    # negatives: a clause before the cue with no subject of its own keeps the quote, with no junk speaker
    pytest.param("His head turned from left to right, his eyes shining, as if to say, “Can you believe I managed that?”",
                 [], id="as-if-to-say-no-speaker"),  # words a look seems to say: no one's quote
    pytest.param("At the bottom of the page it reads, “You can further help the movement by chipping in ten dollars after you enter.”",
                 [("direct", "You can further help the movement by chipping in ten dollars after you enter.", None, None)],
                 id="prepositional-lead-pronoun-it-no-junk"),
    pytest.param("Tom Roe’s “53 percent” comment was almost as dismissive as the rest of his speech.",
                 [("direct", "53 percent", None, None)], id="cue-noun-then-predicate-no-speaker"),
    pytest.param("“The crowds were huge,” Ben Ortiz said.\n\nWhile Ortiz had a big crowd in Akron, that has not been the case for Hale, which worries Nina Ross, chair of the county party.\n\n“Nobody comes to his rallies,” she said.",
                 [("direct", "The crowds were huge,", "Ben Ortiz", None), ("direct", "Nobody comes to his rallies,", "Nina Ross", "chair of the county party")],
                 id="pronoun-person-introduced-with-title-after-clause-subject"),
    pytest.param("Tom Baker runs the paper. His quarrel with the network was aimed at co-host Maria Lund, who he claims has been unkind to him.",
                 [("indirect", "has been unkind to him", "Tom Baker", None)],
                 id="object-relative-who-he-claims"),
    pytest.param("“He is a disgrace,” Ray Cobb said of the referee.\n\nThose claims were put to Hugh Lamb after the match at Leeds. At first he said only: “I have nothing to add.”",
                 [("direct", "He is a disgrace,", "Ray Cobb", None), ("direct", "I have nothing to add.", "Hugh Lamb", None)],
                 id="pronoun-after-sentence-naming-one-person"),
    pytest.param("Mr Wade, MP for Ripon, Yorkshire, said he expected the vote to be close.",
                 [("indirect", "he expected the vote to be close", "Wade", "MP for Ripon")],
                 id="region-after-constituency-is-not-speaker"),
    # (a) "According to X <clause>" with no comma: X is the source, the clause is the report
    pytest.param("The talks ended late. According to Omar Haddad the envoy said: “We will sign the deal next week.”",
                 [("mixed", "the envoy said: “We will sign the deal next week.”", "Omar Haddad", None)],
                 id="according-to-no-comma-before-clause-with-quote"),
    pytest.param("The talks ended late. According to Omar Haddad the envoy had rejected the offer twice.",
                 [("indirect", "the envoy had rejected the offer twice", "Omar Haddad", None)],
                 id="according-to-no-comma-before-clause"),
    pytest.param("The talks ended late. According to Nina Ross she had rejected the offer twice.",
                 [("indirect", "she had rejected the offer twice", "Nina Ross", None)],
                 id="according-to-no-comma-before-pronoun-clause"),
    # (b) a finite verb kept in a described subject before ", adding"
    pytest.param("The team won again. “Their keeper was simply magnificent,” the newspaper gushes, adding that the defence held firm.",
                 [("direct", "Their keeper was simply magnificent,", "the newspaper", None)],
                 id="described-subject-drops-its-own-verb-before-adding"),
    # (c) a surname that is a speech verb, right after the cue
    pytest.param("“Recovery after a long race takes a month at least,” said Yelling, herself a former runner.",
                 [("direct", "Recovery after a long race takes a month at least,", "Yelling", None)],
                 id="surname-that-is-a-cue-verb-after-said"),
    pytest.param("Her coach Ann Yelling watched from the stand. “Recovery after a long race takes a month at least,” said Yelling.",
                 [("direct", "Recovery after a long race takes a month at least,", "Ann Yelling", "Her coach")],
                 id="cue-form-surname-resolves-to-full-name"),
    # negatives
    pytest.param("The talks ended late. According to the head of the union the strike will go on.",
                 [("indirect", "the strike will go on", "the head of the union", None)],
                 id="according-to-no-comma-not-split-after-preposition"),
    pytest.param("The team won again. “Their keeper was simply magnificent,” the union leaders, adding that the defence held firm.",
                 [("direct", "Their keeper was simply magnificent,", "the union leaders", None)], id="plural-noun-subject-keeps-its-last-word"),
    pytest.param("Speaking to reporters, Ann Lee said: “We are ready for the vote.”",
                 [("direct", "We are ready for the vote.", "Ann Lee", None)],
                 id="sentence-initial-cue-form-is-no-name"),
    pytest.param("“We are ready,” said Tom Baker.\n\nThe deal was struck by Maria Lund, who later told reporters it was fair.",
                 [("direct", "We are ready,", "Tom Baker", None), ("indirect", "it was fair", "The deal was struck by Maria Lund", None)],
                 id="who-then-adverb-is-no-object-relative"),
    pytest.param("“He is a disgrace,” Ray Cobb said.\n\nFans booed Hugh Lamb, and he left early. At first he said only: “I have nothing to add.”",
                 [("direct", "He is a disgrace,", "Ray Cobb", None), ("direct", "I have nothing to add.", "Ray Cobb", None)],
                 id="sentence-with-own-pronoun-keeps-last-speaker"),
    pytest.param("“We are ready,” said Tom Baker. Baker praised Senator Maria Lund, a former judge.\n\n“She is tough,” he said.",
                 [("direct", "We are ready,", "Tom Baker", None), ("direct", "She is tough,", "Tom Baker", None)],
                 id="object-with-apposition-not-pronoun-referent"),
    pytest.param("“We lost,” said Tom Baker. Baker thanked Ann Roe, an old friend, after the game.\n\n“It hurts,” he said.",
                 [("direct", "We lost,", "Tom Baker", None), ("direct", "It hurts,", "Tom Baker", None)],
                 id="object-with-article-apposition-not-kept"),
    pytest.param(
        "Mayor Ann Lee spoke first.\n\n\"The plan works,\" Lee said.\n\n"
        "Councillor Tom Hale disagreed. \"The plan is far too costly for the city.\"",
        [("direct", "The plan works,", "Ann Lee", "Mayor")],
        id="single-cueless-quote-after-new-voice-not-run-on"),
    pytest.param(
        "Coach Tom Baker praised his side. \"We played well,\" said Baker. Pedro Moss' shot was ruled out. "
        "\"It was plainly over the line,\" he said.",
        [("direct", "We played well,", "Tom Baker", "Coach"),
         ("direct", "It was plainly over the line,", "Tom Baker", "Coach")],
        id="possessor-in-narrative-does-not-take-pronoun"),
    pytest.param(
        "Meanwhile Rihanna, who sang at the show, said she was thrilled.",
        [("indirect", "she was thrilled", "Rihanna", None)],
        id="one-word-person-with-who-stays-person"),
    pytest.param("It is worth noting that the levy was repealed twice before the flood.", [], id="junk-it-is-worth-noting"),
    pytest.param("Over the weekend emphasized that the ferry would keep running.", [], id="junk-preposition-initial-subject"),
    pytest.param("Hours before reports that the mayor had resigned, the council met in private.", [], id="junk-subject-ends-in-preposition"),
    pytest.param("His office is preparing a further report that could touch on the mayor's conduct.", [], id="junk-progressive-clause-before-noun-cue"),
    pytest.param(
        "As a result, help desks have a high \"turnover rate\", with a quarter of workers leaving each year.",
        [], id="as-a-result-is-no-source"),
    pytest.param("In an interview with the Daily Courier, Ben Holt said the deal was off.",
                 [("indirect", "the deal was off", "Ben Holt", None)],
                 id="paper-after-preposition-is-no-role"),
    pytest.param("Last night party leader Ann Lee said the vote was lost.",
                 [("indirect", "the vote was lost", "Ann Lee", "party leader")],
                 id="time-noun-is-no-title-modifier"),
    pytest.param("Victoria Hale slated comedian Sam Price.\n“He went too far,” Hale said.",
                 [("direct", "He went too far,", "Victoria Hale", None)],
                 id="verb-before-title-is-no-modifier"),
    pytest.param("Ann Lee warned of a “crisis” in the health service.", [], id="warned-of-noun-phrase-is-no-report"),
    pytest.param("Ben Holt argued against quotas for the league.", [], id="argued-against-noun-phrase-is-no-report"),
    pytest.param(
        "Ann Lee stormed off the stage, jabbing her finger at a heckler as she furiously said, “I am tired of the lies.”",
        [("direct", "I am tired of the lies.", "Ann Lee", None)],
        id="participle-part-holding-its-own-clause-is-no-aside"),
    pytest.param(
        "The mayor held a call with local pastors, shortly after her campaign said the vote would be close.",
        [("indirect", "the vote would be close", "her campaign", None)],
        id="participle-part-with-subordinate-subject-is-no-aside"),
    pytest.param("As many as 40 workers lost their jobs in the spring.", [], id="as-many-as-is-no-report"),
    pytest.param("As well as the mayor, the council met on Monday.", [], id="as-well-as-is-no-report"),
    pytest.param("As of the last filing report, the mayor had raised two million dollars.", [],
                 id="as-of-report-is-no-source"),
    pytest.param("As the crowd cheered, the mayor left the stage.", [], id="as-clause-without-cue-is-not-reported"),
    pytest.param("“We will win this,” Dana Holt said on Monday that the vote was rigged.",
                 [("direct", "We will win this,", "Dana Holt", None),
                  ("indirect", "the vote was rigged", "Dana Holt", None)], id="quote-cue-then-day-then-that-clause"),
    pytest.param("“We will win this,” Dana Holt said the ballots were counted twice.",
                 [("direct", "We will win this,", "Dana Holt", None),
                  ("indirect", "the ballots were counted twice", "Dana Holt", None)], id="quote-cue-then-clause-kept"),
    pytest.param(
        "Mark Oduya, who is 58, said the strike would go ahead.",
        [("indirect", "the strike would go ahead", "Mark Oduya", None)],
        id="relative-clause-of-age-is-no-role"),
    pytest.param(
        "Mark Oduya, who was elected in May, said the strike would go ahead.",
        [("indirect", "the strike would go ahead", "Mark Oduya", None)],
        id="relative-clause-of-an-event-is-no-role"),
    pytest.param(
        "In March the farmers hoped prices would rise.",
        [],
        id="time-opener-unvoiced-hope-no-quote"),
    pytest.param(
        "VOTE   Was the referee right?   Yes  No   Figures are indicative and may not represent public opinion",
        [],
        id="poll-box-no-quote"),
    pytest.param(
        "The critic Rosa Lind has reviewed films for twenty years.",
        [],
        id="critic-without-cue-no-quote"),
    pytest.param(
        "The band told a long story about their first tour.",
        [],
        id="told-a-story-no-quote"),
    pytest.param(
        "Retailers' lobby group, the BRC, hopes sales will pick up.",
        [],
        id="named-body-apposition-unvoiced-hope-no-quote"),
    pytest.param(
        "Governor Ruth Alvarez said the plan was dead.\n\n"
        "Critics of George Hadley’s toll plan were loud.\n\n"
        "The Hadley campaign has taken a hard line on the tolls.\n\n"
        "“Nobody should pay twice for one road,” she said.",
        [("indirect", "the plan was dead", "Ruth Alvarez", "Governor"),
         ("direct", "Nobody should pay twice for one road,", "Ruth Alvarez", "Governor")],
        id="surname-as-modifier-is-not-the-subject"),
    pytest.param(
        "Governor Ruth Alvarez said the plan was dead.\n\n"
        "Critics of George Hadley’s toll plan were loud. Hadley has taken a hard line on the tolls. Others disagree.\n\n"
        "“Nobody should pay twice for one road,” she said.",
        [("indirect", "the plan was dead", "Ruth Alvarez", "Governor"),
         ("direct", "Nobody should pay twice for one road,", "Ruth Alvarez", "Governor")],
        id="surname-subject-not-before-the-quote-keeps-speaker"),
    pytest.param(
        "Lee met with voters and says that the tax would fall.",
        [("indirect", "the tax would fall", "Lee", None)],
        id="cue-after-verb-object-is-a-second-predicate"),
    pytest.param(
        "A woman who said she lived nearby told reporters that the fire started at noon.",
        [("indirect", "the fire started at noon", "A woman", None)],
        id="pronoun-in-relative-clause-is-not-the-subject"),
    pytest.param(
        "“We are ready,” said Ron Weisel, a fundraiser who once worked for Tom Hale.\n\n"
        "Hale’s new praise for the staff came with limits. He may still replace his deputy, he said.",
        [("direct", "We are ready,", "Ron Weisel", "a fundraiser"),
         ("indirect", "He may still replace his deputy", "Ron Weisel", "a fundraiser")],
        id="possessor-not-named-again-leaves-pronoun-to-speaker"),
    pytest.param("Ravel's campaign manager Casey Lindqvist said the rally was huge.",
                 [("indirect", "the rally was huge", "Casey Lindqvist", "Ravel's campaign manager")], id="possessive-title-still-a-role"),
    pytest.param("Rosa Dalton spoke at a Danny Sandler rally in June. Sandler said the movement would go on.",
                 [("indirect", "the movement would go on", "Danny Sandler", None)], id="full-name-before-noun-still-a-person"),
    pytest.param("Some Democrats said the bill was dead.",
                 [("indirect", "the bill was dead", "Democrats", "Some")], id="plural-quantified-group-unchanged"),
    pytest.param("The bill named after Ann Lee passed on Monday.", [], id="named-after-is-no-subject"),
    pytest.param("Nuclear power plants have closed across the state. The nuclear lobby is quiet.", [], id="common-opener-without-cue-no-report"),
    pytest.param("He put it on the table, “as agreed.”", [], id="put-it-without-as-is-not-a-cue"),
    pytest.param("Rosa Quinn called the mayor on Sunday. “Squid Game” was on television.", [], id="naming-cue-sentence-then-title-is-not-reported"),
    pytest.param("Rosa Quinn said in a statement. The storm passed.", [], id="cue-sentence-without-quote"),
    pytest.param("Lee's campaign went on the offensive, tweeting a video of the rally.", [], id="possessed-organisation-participle-object-is-not-reported"),
    pytest.param("The Ohio Democrat criticized the budget on Monday.", [], id="title-description-without-report"),
    pytest.param("Sam Ortiz, the Texas senator, spoke on Monday. “We will win,” the Florida senator said.", [("direct", "We will win,", "the Florida senator", None)], id="office-of-another-place-is-someone-else"),
    pytest.param("Ken Hale, the London mayor, refused to apologise. “I stand by every word,” he said. But the prime minister said Mr Hale should say sorry.", [("direct", "I stand by every word,", "Ken Hale", "the London mayor"), ("indirect", "Mr Hale should say sorry", "the prime minister", None)], id="another-office-is-someone-else"),
    pytest.param("Rob Kerr said the vote was rigged. Vice President Jane Ward disagreed. “It was fair,” the president said.", [("indirect", "the vote was rigged", "Rob Kerr", None), ("direct", "It was fair,", "the president", None)], id="vice-president-is-not-the-president"),
    pytest.param("Mia Stone attacked the bill on Monday. Big Brother's spokeswoman said: “We are satisfied.”", [("direct", "We are satisfied.", "Big Brother's spokeswoman", None)], id="possessor-spokeswoman-stays-unnamed"),
    pytest.param("Ann Lee said the club would appeal. A spokesman for the league said: “We will review it.” “No decision has been made,” the spokesman added.", [("indirect", "the club would appeal", "Ann Lee", None), ("direct", "We will review it.", "A spokesman for the league", None), ("direct", "No decision has been made,", "the spokesman", None)], id="spokesman-chain-stays-unnamed"),
    pytest.param("Ann Lee was greeted by an organizer at the door. “You will be great messengers,” the organizer told her.", [("direct", "You will be great messengers,", "the organizer", None)], id="indefinite-newcomer-keeps-description"),
    pytest.param("Ann Lee runs the firm. The company said profits rose by a tenth.", [("indirect", "profits rose by a tenth", "The company", None)], id="company-is-no-person-epithet"),
    pytest.param("Ann Lee said the plan would fail. The officials said it would pass.", [("indirect", "the plan would fail", "Ann Lee", None), ("indirect", "it would pass", "The officials", None)], id="group-is-no-person-epithet"),
    pytest.param("A spokeswoman for the club said that the match would go ahead. “It is a shame,” he said.", [("indirect", "the match would go ahead", "A spokeswoman for the club", None)], id="he-not-to-spokeswoman"),
    pytest.param("“We lost,” said Omar Reed. Also, said Reed, the club will cut its budget next year.", [("direct", "We lost,", "Omar Reed", None), ("indirect", "the club will cut its budget next year", "Omar Reed", None)], id="mid-cue-clause-is-no-apposition"),
    pytest.param("Prices will rise again, said Omar Reed, who also expected more firms to close.", [("indirect", "Prices will rise again", "Omar Reed", None)], id="relative-clause-is-no-role"),
    pytest.param("Bank of America, the lender, said the fees would rise.",
                 [("indirect", "the fees would rise", "Bank of America", None)],
                 id="neg-organisation-of-place-stays"),
    pytest.param("Ann Lee, a spokeswoman, said the plant would reopen.",
                 [("indirect", "the plant would reopen", "Ann Lee", "a spokeswoman")],
                 id="neg-apposition-closed-by-comma-stays"),
    pytest.param("Elected officials said the base should stay open.",
                 [("indirect", "the base should stay open", "Elected officials", None)],
                 id="neg-past-participle-adjective-is-no-predicate"),
    pytest.param("Ortega, the club's captain in 2009, issued a statement after rival coach Ray Dunn told a town hall in "
                 "Salem on Monday that the team was finished.",
                 [("indirect", "the team was finished", "Ray Dunn", "coach")],
                 id="neg-predicate-with-own-subject-clause"),
    pytest.param("When Ann Lee, the city manager, was asked about the budget, she laughed and said, “We'll see.”",
                 [("direct", "We'll see.", "Ann Lee", "the city manager")],
                 id="neg-subordinate-apposition-keeps-subject"),
    pytest.param("Leon Park lost the vote, and experts say he could win on appeal.",
                 [("indirect", "he could win on appeal", "experts", None)],
                 id="neg-and-group-clause-kept"),
    pytest.param("Dana Holt continued to work on the farm until the spring.", [], id="continued-to-no-cue"),
    pytest.param("Six in ten voters trust the mayor, after half said so in March.", [], id="said-so-reports-nothing"),
    pytest.param("Dana Holt said this in a statement on Monday.", [], id="said-this-object"),
    pytest.param("Glen Moss told his wife the news.", [], id="told-hearer-and-object-only"),
    pytest.param("If the mayor says the plan works, the council will vote.", [], id="if-clause-not-stripped"),
    pytest.param('“We will win,” Dana Holt, the campaign director, said.', [('direct', 'We will win,', 'Dana Holt', 'the campaign director')], id='quote-then-apposed-speaker-stays-direct'),
    pytest.param('“The plan will work,” Owen Price told WXYZ on Monday.', [('direct', 'The plan will work,', 'Owen Price', None)], id='told-hearer-is-not-inverted-speaker'),
    pytest.param('The town has a park called the “Green Mile” near the river.', [], id='called-name-of-place-is-not-quote'),
    pytest.param('The council met in a hall called the “Blue Room” on Monday.', [], id='called-title-is-not-quote'),
    pytest.param('Ruth Alvarez said the party was “united,” according to two aides.', [('mixed', 'Ruth Alvarez said the party was “united,”', 'two aides', None)], id='according-after-quoted-comma-relays-the-whole-report'),
    pytest.param('Both sides agreed a deal on Monday.', [], id="agreed-noun-object-no-quote"),
    pytest.param('The year was a "silent revolution," and I agree.', [], id="writer-agree-no-cue"),
    pytest.param('Ann Lee welcomed the move and cautioned against further rises.', [],
                 id="cautioned-against-noun-phrase-no-report"),
    pytest.param('The figure announced by the minister is lower than expected.', [],
                 id="passive-participle-by-no-report"),
    pytest.param('Acme Richardson White reported higher sales. "It was a good year," Ms. White said.',
                 [("direct", "It was a good year,", "Ms. White", None)],
                 id="surname-title-not-after-three-capitalised-words"),
    pytest.param("The family said the plant should stay open through the winter.", [("indirect", "the plant should stay open through the winter", "The family", None)], id="ly-noun-is-not-an-adverb"),
    pytest.param("People briefed on the talks said the deal was close to being signed.", [("indirect", "the deal was close to being signed", "People briefed on the talks", None)], id="description-with-participle-is-not-a-clause"),
    pytest.param("Dana Cole said she would run. “We will win this state,” said Alex Kim. The crowd cheered Dana Cole at the rally. “Nobody in this town trusts him,” she said.", [("indirect", "she would run", "Dana Cole", None), ("direct", "We will win this state,", "Alex Kim", None), ("direct", "Nobody in this town trusts him,", "Dana Cole", None)], id="she-still-goes-to-earlier-speaker-named-as-object"),
    pytest.param("The assembly formally said the plant would stay open through the winter.", [("indirect", "the plant would stay open through the winter", "The assembly", None)], id="ly-noun-subject-keeps-its-head"),
    pytest.param("Kevin Doyle finished fourth. “It was a hard day,” the man said.", [("direct", "It was a hard day,", "the man", None)], id="bare-the-man-is-no-epithet"),
    pytest.param("Kevin Doyle finished fourth. “It was a hard day,” the 22-year-old said.", [("direct", "It was a hard day,", "Kevin Doyle", None)], id="age-description-is-named-person"),
    pytest.param(
        "“We will win,” said Paul Hale, the mayor.\n\nMost members have backed the levy, but the council, "
        "which meets on Monday, is not convinced.\n\n“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Paul Hale", "the mayor")],
        id="pronoun-but-clause-without-person-keeps-speaker"),
    pytest.param(
        "“We will win,” said Paul Hale, the mayor.\n\nThe crowd cheered. Yet there at the back was Acme, the "
        "grocery chain. Nobody clapped.\n\n“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Paul Hale", "the mayor")],
        id="pronoun-inverted-unknown-name-keeps-speaker"),
    pytest.param(
        "“We will win,” said Paul Hale, the mayor.\n\nAcme seemed ready on Tuesday to open the store.\n\n"
        "“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Paul Hale", "the mayor")],
        id="pronoun-one-word-subject-without-gender-keeps-speaker"),
    pytest.param(
        "“We will win,” said Paul Hale, the mayor.\n\nSoon he was tired when he spoke. "
        "Soon he knew that he must win the county.\n\n“It costs too much,” he said.",
        [("direct", "We will win,", "Paul Hale", "the mayor"),
         ("direct", "It costs too much,", "Paul Hale", "the mayor")],
        id="pronoun-sentence-opener-with-pronoun-is-no-name"),
    pytest.param(
        "In interviews on Sunday, Mayor Paul Dunn defended the levy, saying that the unions would agree.",
        [("indirect", "the unions would agree", "Paul Dunn", "Mayor")],
        id="named-subject-after-opener-still-found"),
    pytest.param("“We will rebuild,” Mara Quill noted in an interview, as reported by the Valley Gazette.",
                 [("direct", "We will rebuild,", "Mara Quill", None)],
                 id="as-reported-by-only-relays-a-cue"),
    pytest.param("As the crowd cheered, Ross Hale waved from the stage.", [], id="as-clause-without-cue"),
    pytest.param("Mara Quill talked about a dozen new roads for an hour.", [], id="about-quantity-without-cue"),
    pytest.param("Democrats — and some Republicans — praised the levy on Tuesday.", [], id="dash-coordination-no-cue"),
    pytest.param("Having said that, there are some analysts who think the tax is too low.", [], id="having-said-that-idiom"),
    pytest.param("The story of the label - which also owned a club - was told in a film about the city.", [], id="passive-told-after-hyphen-aside"),
    pytest.param("He felt the tour added \"fizz\" to the campaign.", [], id="added-before-scare-quote-is-no-cue"),
    pytest.param("Critics slated comedian Sam Cole for his crude show.", [], id="verb-before-title-no-quote"),
    pytest.param("In radio interviews and tweets, the band promoted its new album across the country.", [],
                 id="neg-opening-phrase-cue-noun-no-report"),
    pytest.param("The clip closes with footage of the storm hitting the coast during the night.", [],
                 id="neg-footage-no-quote"),
    pytest.param("Last month, the factory, a large brick building, closed its doors for good.", [],
                 id="neg-time-opener-apposition-no-cue"),
    # a named report is a noun, not a speech verb
    pytest.param("The Vale report tries to sweep away the old habits of the ministry.", [],
                 id="no-named-report-noun"),
    pytest.param("That is why the Vale report recommends a shorter list of targets.", [],
                 id="no-named-report-recommends-object"),
    pytest.param(
        "“We are happy,” Nora Quill, the director of the union, told reporters.",
        [("direct", "We are happy,", "Nora Quill", "the director of the union")],
        id="neg-whole-quote-then-speaker-apposition-not-mixed"),
    pytest.param(
        "The next day, the nurse sued the state.",
        [],
        id="neg-determiner-opener-no-cue"),
    pytest.param(
        "Big Win For Ostrowski: Council Backs Dam.\n\nPeter Ostrowski thanked the council on Monday.",
        [],
        id="neg-headline-phrase-with-small-words-not-a-label"),
    pytest.param(
        "Listen to his remarks on the radio below:\n\nThe council met again on Monday to vote on the dam project.",
        [],
        id="neg-colon-after-noun-cue-no-block"),
    pytest.param(
        "The town has the following tasks this winter:\n\nRepair the bridge and clear the roads before the snow.",
        [],
        id="neg-colon-list-without-cue"),
    pytest.param("The sign read \"Closed. \"Back soon\" and nobody came.", [], id="short-run-on-fragment-is-no-quote"),
    pytest.param("Talks are continuing on a new stadium for the club.", [], id="no-quote-no-marks"),
    pytest.param(
        "People who have fought online threats say the company could do more.",
        [("indirect", "the company could do more", "People who have fought online threats", None)],
        id="relative-clause-subject-is-not-cut-at-its-verb"),
    pytest.param(
        "Ann Lee, Tom Hale and Jo Park said that the vote was fair.",
        [("indirect", "the vote was fair", "Ann Lee, Tom Hale and Jo Park", None)],
        marks=pytest.mark.xfail(strict=True, reason="a list of three or more names is not read as one joint source; "
                                "the last name is taken"),
        id="list-of-names-is-one-joint-source"),
    pytest.param(
        "After the storm passed, the town council met at noon in the old library.",
        [],
        id="subordinate-clause-without-cue-yields-nothing"),
    # A negated cue reports no statement.
    pytest.param("Mayor Lina Ortiz did not say whether the bridge would reopen in May.", [],
                 id="did-not-say-no-report"),
    pytest.param("Mayor Lina Ortiz has never said the bridge was unsafe.", [],
                 id="never-said-no-report"),
    # "states that held …", "rules that require …": plural nouns and their relative clauses.
    pytest.param("Ortiz won the primaries in the four states that held contests on Tuesday.", [],
                 id="states-noun-relative-clause"),
    pytest.param("The harbor board approved new rules that require ferries to slow down.", [],
                 id="rules-noun-relative-clause"),
    # "ruled out" is no report.
    pytest.param("The state appeals court ruled out a new hearing on the ferry fees.", [],
                 id="ruled-out-no-report"),
    pytest.param("Mr. Tom Reed spoke first. The Europeans, who had been left out of the talks, rejected the deal, but Mr. Reed learned from it. A deal had to include everyone, he said.", [("indirect", "A deal had to include everyone", "Tom Reed", None)], id="plural-group-with-who-clause-is-no-person"),
    pytest.param("“We will win,” said Dana Holt at a Tom Reed rally in Ohio. “Nobody can stop us,” she said.", [("direct", "We will win,", "Dana Holt", None), ("direct", "Nobody can stop us,", "Dana Holt", None)], id="name-in-attributive-use-keeps-speaker"),
    pytest.param("Tom Reed met the farmers, who said the price was too low.",
                 [("indirect", "the price was too low", "the farmers", None)],
                 marks=pytest.mark.xfail(strict=True, reason="a report in a relative clause ('the farmers, who said …') "
                                         "is not found: its source is the noun before 'who'"),
                 id="relative-who-reports-for-the-noun-before-it"),
    pytest.param("It was after Lee released notes from the meeting that the paper noticed the letter was dated wrong.", [],
                 id="name-past-verb-with-object-is-no-subject"),
    pytest.param("Lee restricted comments about the bank to a short statement.", [], id="noun-comments-after-past-verb-no-quote"),
    pytest.param("Kim Ortiz, the author of \"Salt and Stone,\" a memoir of the mines, won the prize in March.", [],
                 id="quoted-title-in-apposition-is-no-quote"),
    pytest.param('“It is time to go,” said Lee 2nd in line.',
                 [('direct', 'It is time to go,', 'Lee', None)],
                 id='no-ordinal-after-name'),
    pytest.param('Tom Baker, senior fellow at the institute, said the strike was over.',
                 [('indirect', 'the strike was over', 'Tom Baker', 'senior fellow at the institute')],
                 id='name-with-lowercase-apposition-kept'),
    pytest.param('Union leaders, in a joint letter, said the mill would stay open.',
                 [('indirect', 'the mill would stay open', 'Union leaders', None)],
                 id='statement-aside-keeps-subject'),
    pytest.param('Ann Lee praised the plan, calling it bold, saying, “We need it.”',
                 [('direct', 'We need it.', 'Ann Lee', None)],
                 id='participle-after-non-cue-keeps-subject'),
    pytest.param('Carl Ruiz, a pilot, was never found, and officials said the search had ended.',
                 [('indirect', 'the search had ended', 'officials', None)],
                 id='predicate-part-is-no-apposition'),
    pytest.param('Acme Richardson White reported higher sales. “It was a good year,” Ms. White said.',
                 [('direct', 'It was a good year,', 'Ms. White', None)],
                 id='courtesy-title-not-linked-to-company'),
    pytest.param('Tom Reyes met Ann Grey, who was angry, and said she would leave the board.',
                 [('indirect', 'she would leave the board', 'Tom Reyes', None)],
                 id='cue-after-closed-relative-clause-keeps-subject'),
    pytest.param('Greg Wills said the vote was fair. Alex Kim, who married Dana Cole in May, blasted the result on Wednesday. Dana Cole is a teacher.\n\n“It is a disgrace,” she said.',
                 [('indirect', 'the vote was fair', 'Greg Wills', None), ('direct', 'It is a disgrace,', 'Dana Cole', None)],
                 id='person-named-again-later-takes-pronoun'),
    pytest.param("Governor Ann Lee made clear her opposition to the bill.", [], id="made-clear-noun-object"),
    pytest.param("The new rules make it clear.", [], id="make-it-clear-no-clause"),
    pytest.param("Ann Lee cleared the way for a vote.", [], id="cleared-is-no-cue"),
    pytest.param("Mayor Ann Lee said 20 times in the debate that she would not run.",
                 [("indirect", "she would not run", "Ann Lee", "Mayor")], id="number-then-that-is-adverbial"),
    pytest.param("The mayor said 40 words in all.", [], id="number-object-is-no-clause"),
    pytest.param("But this only explains why the voters are angry.", [], id="no-demonstrative-explains"),
    pytest.param("Ann Lee said the same of the mayor.", [], id="no-said-the-same"),
    pytest.param("The mayor wrote a letter to the school board about the lunches.", [], id="no-wrote-a-letter"),
    pytest.param("In a statement announcing the merger, the firm praised its staff for their hard work.", [],
                 id="no-statement-in-adverbial"),
    pytest.param("Most of the rain fell overnight and the river rose, suggesting the dams had held.", [],
                 id="no-irregular-past-thing-subject"),
    pytest.param("The council said nothing about the budget at the meeting.", [], id="no-said-nothing-about"),
    pytest.param("Mayor Odile Kranz has said little about the tram plan since March.", [], id="no-said-little-about"),
    pytest.param("The harbour chief said very little, offering only a short nod to the crowd.", [],
                 id="no-said-very-little"),
    pytest.param("Senator Ivo Pell has said much over the years about the duty to fund schools.", [],
                 id="no-said-much-over-years"),
    pytest.param("Rosa Vint said almost nothing about the loans until the spring.", [], id="no-said-almost-nothing"),
    pytest.param("Governor Tamsin Ruel was once asked how the drought would end.", [], id="no-passive-was-once-asked"),
    pytest.param("All told, up to 4,000 farmers could be eligible for the grants.", [], id="no-all-told-idiom"),
    pytest.param("The three harbour pilots all told reporters the channel was too shallow.",
                 [("indirect", "the channel was too shallow", "The three harbour pilots", None)],
                 id="group-all-told-is-a-report-quantifier-not-in-speaker"),
    pytest.param("Ann Vos and Tom Reyes both said the channel was too shallow.",
                 [("indirect", "the channel was too shallow", "Ann Vos and Tom Reyes", None)],
                 id="floating-both-not-in-speaker"),
    pytest.param("Officials of both said the channel was too shallow.",
                 [("indirect", "the channel was too shallow", "Officials of both", None)],
                 id="quantifier-after-preposition-stays-in-speaker"),
    pytest.param("“It has been six years,” Senator Ivo Pell said, asked about the delay in an interview.",
                 [("direct", "It has been six years,", "Ivo Pell", "Senator")], id="said-then-asked-aside-no-report"),
    pytest.param("“We will see,” Senator Ivo Pell said, when asked whether the mill would close.",
                 [("direct", "We will see,", "Ivo Pell", "Senator")], id="said-then-when-asked-aside-no-report"),
    pytest.param("Senator Ivo Pell said, asked about the delay, that the mill would reopen in May.",
                 [("indirect", "the mill would reopen in May", "Ivo Pell", "Senator")], id="said-asked-aside-then-that-clause"),
    pytest.param("The ferry crews were later told that the harbour would close.", [], id="no-passive-were-later-told"),
    pytest.param("Governor Tamsin Ruel was asked by a farmer how the drought would end.",
                 [("indirect", "how the drought would end", "a farmer", None)], id="passive-asked-by-names-asker"),
    pytest.param("Governor Tamsin Ruel has often asked whether the drought would end.",
                 [("indirect", "whether the drought would end", "Tamsin Ruel", "Governor")], id="active-has-often-asked"),
    pytest.param("The Harbor Fund has reported spending $1.2 million on radio ads.",
                 [("indirect", "spending $1.2 million on radio ads", "The Harbor Fund", None)],
                 id="reported-then-a-gerund-is-the-report"),
    pytest.param("The Harbor Fund reported during the meeting that the account was empty.",
                 [("indirect", "the account was empty", "The Harbor Fund", None)],
                 id="reported-during-is-no-gerund-report"),
    pytest.param("The ferry was reported sinking near the pier.", [], id="passive-reported-then-a-gerund-no-report"),
    pytest.param("Radio Kestrel reported at least six boats were missing from the harbor.",
                 [("indirect", "at least six boats were missing from the harbor", "Radio Kestrel", None)],
                 id="reported-at-least-an-amount-opens-the-clause"),
    pytest.param("Mayor Ann Tully spoke at least six times at the rally.", [], id="at-least-after-no-cue-no-report"),
    pytest.param("Union leaders point out that the glassworks could reopen by spring.",
                 [("indirect", "the glassworks could reopen by spring", "Union leaders", None)],
                 id="described-source-point-out-that"),
    pytest.param("A reporter pointed out that the ferry had left early.",
                 [("indirect", "the ferry had left early", "A reporter", None)],
                 id="described-source-pointed-out-that"),
    pytest.param("A reporter pointed out the error in the timetable.", [], id="pointed-out-an-object-no-report"),
    pytest.param("The fee was higher than any fees the club reported receiving in the prior year.", [],
                 id="reported-then-a-gerund-with-its-object-before-no-report"),
    pytest.param("Over the long run, according to the harbor board, the rise in shipping costs is mainly due to fuel.",
                 [("indirect", "the rise in shipping costs is mainly due to fuel", "the harbor board", None)],
                 id="according-to-after-a-prepositional-lead-reports-what-follows"),
    pytest.param("While most of the files were marked routine, according to a county clerk, two were sealed by the court.",
                 [("indirect", "two were sealed by the court", "a county clerk", None)],
                 id="according-to-after-a-while-clause-reports-the-main-clause"),
    pytest.param("Mayor Ann Tully will skip the fair, because, according to her aides, the farmers would boo her.",
                 [("indirect", "the farmers would boo her", "her aides", None)],
                 id="according-to-after-because-reports-what-follows"),
    pytest.param("As Ann Tully noted in a column on Thursday, the harbor has quietly earned a few fans.",
                 [("indirect", "the harbor has quietly earned a few fans", "Ann Tully", None)],
                 id="opening-as-clause-cue-then-an-adverbial-then-the-main-clause"),
    pytest.param("But as Ann Tully points out in a column, the ferry loses money on every trip.",
                 [("indirect", "the ferry loses money on every trip", "Ann Tully", None)],
                 id="opening-as-clause-point-out-then-an-adverbial-then-the-main-clause"),
    pytest.param("As island states and neighbors, Tonga and Fiji fell victim to the storm season.", [],
                 id="opening-as-phrase-with-a-plural-noun-is-no-cue"),
    pytest.param("But as a reporter who has written about ferries for 25 years, I find the plan odd.", [],
                 id="opening-as-description-with-a-relative-clause-is-no-cue"),
    pytest.param("The ferry sank in May, according to the coast guard, and the crew swam ashore.",
                 [("indirect", "The ferry sank in May", "the coast guard", None)],
                 id="according-to-after-a-clause-reports-the-clause-before"),
    pytest.param("Rosa Vint said little has changed on the island since the storm.",
                 [("indirect", "little has changed on the island since the storm", "Rosa Vint", None)],
                 id="said-little-has-changed"),
    pytest.param("Rosa Vint said much of the grain was lost in the flood.",
                 [("indirect", "much of the grain was lost in the flood", "Rosa Vint", None)],
                 id="said-much-of-is-a-clause"),
    pytest.param("Her promise to fix the roads was popular with drivers.", [], id="no-promise-noun-to"),
    pytest.param("The storm threatened to flood the lower town overnight.", [], id="no-threatened-to"),
    pytest.param("Here are four reasons the bridge plan should be dropped.", [], id="no-reasons-noun-clause"),
    pytest.param("Local bakery owners insist on fresh flour from the valley mills.", [], id="no-any-subject-without-clause"),
    pytest.param("The film “Lost Highway” returns to cinemas this week.", [], id="no-title-in-marks"),
    pytest.param("Prices reportedly rose by ten percent last year.", [], id="no-sourceless-report"),
    pytest.param("She hopes the bridge will reopen soon.", [], id="no-unvoiced-hope"),
    pytest.param(
        "“This is wrong,” said the man next to John Smith, as Smith laughed.",
        [("direct", "This is wrong,", "John Smith", None)],
        marks=pytest.mark.xfail(strict=True, reason="a description after 'said' that names a distractor "
                                                    "resolves to the distractor; needs parsing of 'next to'"),
        id="distractor-in-description"),
    pytest.param("Manning pleaded with the judge, saying he was innocent.",
                 [("indirect", "he was innocent", "Manning", None)], id="ing-surname-before-verb-is-name"),
    pytest.param("“We can win this,” Waters said, suggesting some questions, including, “Why wait?”",
                 [("direct", "We can win this,", "Waters", None), ("direct", "Why wait?", "Waters", None)],
                 id="word-surname-before-said-is-name"),
    pytest.param("“The talks will go on,” said Han Ki-soo.",
                 [("direct", "The talks will go on,", "Han Ki-soo", None)], id="hyphenated-given-name-stays"),
    pytest.param("“The talks will go on,” said Kim Sun-young.",
                 [("direct", "The talks will go on,", "Kim Sun-young", None)], id="hyphenated-given-name-short-head"),
    pytest.param("“We disagree,” said W. Neil Foster.",
                 [("direct", "We disagree,", "W. Neil Foster", None)], id="initial-before-given-name-stays"),
    pytest.param("“It works,” said Mark Allen Dunn.",
                 [("direct", "It works,", "Mark Allen Dunn", None)], id="given-name-word-stays"),
    pytest.param("Advisers to Mr. Fenwick say he has placed second in two contests.",
                 [("indirect", "he has placed second in two contests", "Advisers to Mr. Fenwick", None)],
                 id="group-of-person-speaks"),
    pytest.param("Two aides to Gov. Ann Lee said the budget would pass in June.",
                 [("indirect", "the budget would pass in June", "Two aides to Gov. Ann Lee", None)],
                 id="counted-group-of-titled-person-speaks"),
    pytest.param("Ann Lee, a friend of the mayor, said the budget would pass in June.",
                 [("indirect", "the budget would pass in June", "Ann Lee", "a friend of the mayor")],
                 id="person-then-friend-apposition-not-a-group"),
    pytest.param("Harold Fenwick said the plan could hurt the court case, people familiar with the meeting said.",
                 [("indirect", "Harold Fenwick said the plan could hurt the court case",
                   "people familiar with the meeting", None)],
                 id="closing-source-reports-the-subjects-speech"),
    pytest.param("Harold Fenwick said the plan could hurt the court case, Ann Lee said.",
                 [("indirect", "the plan could hurt the court case", "Harold Fenwick", None)],
                 id="closing-name-is-not-an-outer-source"),
    pytest.param("The talks stalled over the weekend, officials said.",
                 [("indirect", "The talks stalled over the weekend", "officials", None)],
                 id="closing-source-without-inner-cue"),
    pytest.param("Tom Fenn promises the county will help “reskill” farmers - and he takes care to mention fishermen.",
                 [("mixed", "the county will help “reskill” farmers", "Tom Fenn", None)],
                 id="a-dash-then-and-and-a-pronoun-ends-the-report"),
    pytest.param("Ann Ruiz said the plan had been hijacked by insiders — and she singled out Bob Crane as the culprit.",
                 [("indirect", "the plan had been hijacked by insiders", "Ann Ruiz", None)],
                 id="a-dash-then-and-and-a-pronoun-ends-an-indirect-report"),
    pytest.param("Ann Ruiz said the plan - and she knows it well - is “a mess” for the town.",
                 [("mixed", "the plan - and she knows it well - is “a mess” for the town", "Ann Ruiz", None)],
                 id="a-dash-aside-opened-by-and-and-a-pronoun-stays-in-the-report"),
    pytest.param("Ann Ruiz says the toll -- a plan the mayor has since dropped -- and his remarks on taxes hurt the town.",
                 [("indirect", "the toll -- a plan the mayor has since dropped -- and his remarks on taxes hurt the town",
                   "Ann Ruiz", None)],
                 id="and-a-possessive-after-a-dash-closing-an-aside-goes-on-with-the-subject"),
    pytest.param("Tom Fenn toured Ely. He spared Bob Crane, calling him a “decent man” and he did not mention Ann Ruiz.",
                 [("mixed", "him a “decent man”", "Tom Fenn", None)],
                 id="a-naming-cues-quoted-name-ends-before-and-and-a-pronoun"),
    pytest.param("Tom Fenn toured Ely. He called his rival “Mayor Lee” instead and gave no thought to Ann Ruiz.",
                 [("mixed", "his rival “Mayor Lee”", "Tom Fenn", None)],
                 id="a-naming-cues-quoted-name-ends-before-and-and-a-past-verb-with-an-object"),
    pytest.param("Tom Fenn called the smugglers “thieves” and criminals.",
                 [("mixed", "the smugglers “thieves” and criminals", "Tom Fenn", None)],
                 id="a-naming-cues-second-name-after-and-stays"),
    pytest.param("Tom Fenn called Lee “lazy” and unprepared.",
                 [("mixed", "Lee “lazy” and unprepared", "Tom Fenn", None)],
                 id="a-naming-cues-second-adjective-after-and-stays"),
    pytest.param("Ann Ruiz said the tax was “too high” and she would vote against it.",
                 [("mixed", "the tax was “too high” and she would vote against it", "Ann Ruiz", None)],
                 id="a-say-cues-report-goes-on-after-and-and-a-pronoun"),
    pytest.param("The mayor spoke on Monday. Ann Ruiz, who has called Mr. Fenn's jokes “deeply cruel,” painted her party's candidate as a passing craze.",
                 [("mixed", "Mr. Fenn's jokes “deeply cruel,”", "Ann Ruiz", None)],
                 id="a-naming-cues-quoted-name-ends-before-the-main-clauses-past-verb"),
    pytest.param("Tom Fenn called the plan “a disaster, a waste,” costed at two million dollars.",
                 [("mixed", "the plan “a disaster, a waste,” costed at two million dollars", "Tom Fenn", None)],
                 id="a-past-form-without-an-object-after-a-naming-cues-quoted-name-stays"),
    pytest.param("“The mines will close,” Tom Lee said on Monday.\n\n'Giants of the Salt Marsh.'\n\nThe mine opened in 1910.",
                 [("direct", "The mines will close,", "Tom Lee", None)],
                 id="a-title-case-line-in-single-marks-alone-is-a-subhead"),
    pytest.param("“The mines will close,” Tom Lee said on Monday.\n\n'We will fight for every job in this valley.'\n\nThe mine opened in 1910.",
                 [("direct", "The mines will close,", "Tom Lee", None),
                  ("direct", "We will fight for every job in this valley.", "Tom Lee", None)],
                 id="a-sentence-case-line-in-single-marks-alone-is-a-quote"),
    pytest.param("Ann Lee, the mayor, spoke on Monday. She said:\n\n\"We will build the new bridge by May.\n\n\"(CROSSTALK.)\n\n\"Follow Ann Lee on Twitter @annlee.\"",
                 [("direct", "We will build the new bridge by May.", "Ann Lee", "the mayor")],
                 id="stage-directions-and-follow-lines-in-run-on-quote-paragraphs-are-furniture"),
    pytest.param("Ann Lee, the mayor, spoke on Monday. She said:\n\n\"We will build the new bridge by May.\n\n\"Follow the money, and you will see who pays.\"",
                 [("direct", "We will build the new bridge by May.", "Ann Lee", "the mayor"),
                  ("direct", "Follow the money, and you will see who pays.", "Ann Lee", "the mayor")],
                 id="a-run-on-quote-paragraph-opening-with-follow-stays-a-quote"),
    pytest.param("“They heard every word,” Mr. Daniel Lowe, now 79 and living near Ely, said by telephone last week.",
                 [("direct", "They heard every word,", "Daniel Lowe", "now 79 and living near Ely")],
                 id="by-telephone-after-a-quote-and-a-titled-speaker-is-how-it-was-said"),
    pytest.param("“They were listening,” Daniel Lowe said by telephone, “to everything we said in the cell.”",
                 [("direct", "They were listening,", "Daniel Lowe", None),
                  ("direct", "to everything we said in the cell.", "Daniel Lowe", None)],
                 id="by-telephone-between-two-parts-of-a-quote-keeps-both"),
    pytest.param("As they marched down Main Street, the protesters chanted \"save the pier\" and \"no pier, no town.\"",
                 [("mixed", "\"save the pier\" and \"no pier, no town.\"", "the protesters", None)],
                 id="two-quoted-items-joined-by-and-after-a-cue-are-one-mixed-quote"),
    pytest.param("The crowd chanted back at her, “Mend the roads,” and “Fix the pier.” Then the mayor left.",
                 [("mixed", "“Mend the roads,” and “Fix the pier.”", "The crowd", None)],
                 id="two-quoted-items-after-a-cue-and-a-comma-are-one-mixed-quote"),
    pytest.param("The protesters chanted “stop the cuts” and “no more closures” in front of the town hall.",
                 [("direct", "stop the cuts", "The protesters", None)],
                 id="two-quoted-items-before-more-words-are-not-joined"),
    pytest.param("Tom Cox says Lee is trying to hide his lack of a plan to cut flooding in the U.S. He says farmers need no more “sermons.”",
                 [("indirect", "Lee is trying to hide his lack of a plan to cut flooding in the U.S", "Tom Cox", None),
                  ("mixed", "farmers need no more “sermons.”", "Tom Cox", None)],
                 id="u-s-before-a-subject-pronoun-ends-the-sentence"),
    pytest.param("Tom Cox says U.S. officials fear “more floods” this year.",
                 [("mixed", "U.S. officials fear “more floods” this year", "Tom Cox", None)],
                 id="u-s-before-a-capitalised-noun-goes-on"),
    pytest.param("“Nobody likes a sore loser,” said Ann Miller, a co-author of “Quiet Men Keep the Score: Tales of the Harbour League.”",
                 [("direct", "Nobody likes a sore loser,", "Ann Miller", None)],
                 id="a-title-case-title-after-co-author-of-is-no-quote"),
    pytest.param("“Nobody likes a sore loser,” said Ann Miller, a co-author of the report. “We all lost something.”",
                 [("direct", "Nobody likes a sore loser,", "Ann Miller", None),
                  ("direct", "We all lost something.", "Ann Miller", None)],
                 id="a-quote-after-a-co-author-of-phrase-and-a-full-stop-stays-a-quote"),
    pytest.param("Critics were angry. When Lee stirs anger with his “hold every inch” remark and undermines trust in the count, "
                 "the party suffers.",
                 [],
                 id="a-bare-cue-form-after-a-quote-before-and-is-a-noun-with-no-speaker"),
    pytest.param("“We will hold every inch,” remark the union leaders in their letter.",
                 [("direct", "We will hold every inch,", "the union leaders", None)],
                 id="a-bare-cue-form-after-a-quote-before-a-noun-phrase-has-an-inverted-speaker"),
    pytest.param("Tom Lee said the council stalemate has “saved us money” on his phone-in show before claiming that the bridge was unsafe.",
                 [("mixed", "the council stalemate has “saved us money” on his phone-in show", "Tom Lee", None),
                  ("indirect", "the bridge was unsafe", "Tom Lee", None)],
                 id="before-a-speech-participle-ends-the-report"),
    pytest.param("Tom Lee said the mills dodge “their proper share” of rates while claiming grants abroad.",
                 [("mixed", "the mills dodge “their proper share” of rates while claiming grants abroad", "Tom Lee", None)],
                 id="while-and-a-speech-participle-stays-in-the-report"),
    pytest.param("“Thanks, lad,” Lee Crane replied, before adding that he thinks “pupils should listen first.”",
                 [("direct", "Thanks, lad,", "Lee Crane", None),
                  ("mixed", "he thinks “pupils should listen first.”", "Lee Crane", None)],
                 id="before-adding-after-a-quote-and-its-cue-is-the-quoted-speakers"),
    pytest.param("“You win by parishes,” Lee Crane responded before adding that he must carry some big wards in May.",
                 [("direct", "You win by parishes,", "Lee Crane", None),
                  ("indirect", "he must carry some big wards in May", "Lee Crane", None)],
                 id="before-adding-without-a-comma-after-a-quote-and-its-cue"),
    pytest.param("“It will pass,” said Tom Lee, adding hopefully that the party would not “fall apart.”",
                 [("direct", "It will pass,", "Tom Lee", None),
                  ("mixed", "the party would not “fall apart.”", "Tom Lee", None)],
                 id="added-with-a-manner-adverb-before-that"),
    pytest.param("Tom Lee warned darkly that the club would lose the derby.",
                 [("indirect", "the club would lose the derby", "Tom Lee", None)],
                 id="a-manner-adverb-before-that-is-no-part-of-the-report"),
    pytest.param("Tom Lee praised the plan, adding hourly updates to the site.",
                 [],
                 id="added-with-an-ly-word-and-no-that-is-no-report"),
    pytest.param("Asked about the plan, Tom Lee said: “Some cases will differ,” the Daily Quill reported.",
                 [("mixed", "Asked about the plan, Tom Lee said: “Some cases will differ,”", "Daily Quill", None)],
                 id="closing-source-after-a-comma-inside-the-closing-mark-reports-the-whole-sentence"),
    pytest.param("Tom Lee met the leaders and pledged to “fix the roads this year,” the Quill Sentinel reported.",
                 [("mixed", "Tom Lee met the leaders and pledged to “fix the roads this year,”", "Quill Sentinel", None)],
                 id="closing-outlet-reports-a-clause-of-any-cue"),
    pytest.param("Tom Lee met the leaders and pledged to fix the roads this year, Ann Ruiz said.",
                 [("indirect", "to fix the roads this year", "Tom Lee", None)],
                 id="closing-name-after-a-non-say-cue-is-no-outer-source"),
    pytest.param("The staffers, led by campaign manager Toby Sullens, told donors that they were not hoping to win Nevada.",
                 [("indirect", "they were not hoping to win Nevada", "The staffers", None)],
                 id="led-by-aside-is-not-the-subject"),
    pytest.param("Mayor Ann Gill, joined by Police Chief Tom Roe, said the road was safe.",
                 [("indirect", "the road was safe", "Ann Gill", "Mayor")], id="joined-by-aside-is-not-the-subject"),
    pytest.param("Senator Bo Marsh, elected by a wide margin, said he would serve every county.",
                 [("indirect", "he would serve every county", "Bo Marsh", "Senator")],
                 id="ed-by-aside-without-person"),
    pytest.param("The plan was backed by board member Carl Hagen, who’s argued for years that the rules must change.",
                 [("indirect", "the rules must change", "Carl Hagen", "board member")], id="who-has-contracted-relative"),
    pytest.param("Nobody knows who's said that the vote was rigged.", [], id="who-has-without-antecedent"),
    pytest.param("Tom Reed and Amy Vale, both up for reelection this fall, said they would back the bill.",
                 [("indirect", "they would back the bill", "Tom Reed and Amy Vale", None)], id="shared-aside-of-pair"),
    pytest.param("Sens. Tom Reed of Ohio and Amy Vale of Iowa, both Republicans, said they would back the bill.",
                 [("indirect", "they would back the bill", "Sens. Tom Reed of Ohio and Amy Vale of Iowa", None)],
                 id="shared-aside-of-titled-pair"),
    pytest.param("Ann Lee, each time she spoke, said the bill would fail.",
                 [("indirect", "the bill would fail", "Ann Lee", None)], id="each-aside-of-one-person"),
    pytest.param("Fields, along with Daily Star reporter Ben Tarr, say the manager pushed her out of the way.",
                 [("indirect", "the manager pushed her out of the way", "Fields", None)], id="along-with-aside"),
    pytest.param("Officials at Border Investigations, a division of Customs and Border Enforcement, said they "
                 "were concerned that the rules would fail.",
                 [("indirect", "they were concerned that the rules would fail", "Officials at Border Investigations",
                   None)], id="group-in-body-then-body-apposition"),
    pytest.param("Attorneys for Lee appeared to resist the effort, saying in court papers that her account was private.",
                 [("indirect", "her account was private", "Attorneys for Lee", None)], id="group-of-person-before-participle"),
    # aside participles (lexicon "aside_participles"): they end a report and are no part of a subject
    pytest.param("Ada Brandt said the deficit had doubled, citing new figures from the treasury.",
                 [("indirect", "the deficit had doubled", "Ada Brandt", None)], id="aside-participle-ends-report"),
    pytest.param("Ada Brandt said the deficit had doubled, pointing to new figures from the treasury.",
                 [("indirect", "the deficit had doubled", "Ada Brandt", None)], id="aside-pointing-to-ends-report"),
    pytest.param("Ada Brandt said the deficit had doubled, leading to new cuts at the treasury.",
                 [("indirect", "the deficit had doubled, leading to new cuts at the treasury", "Ada Brandt", None)],
                 id="other-participle-stays-in-report"),
    pytest.param("Mr. Ole Varga, citing “the quiet strength of the valley,” said the mayor could win the county.",
                 [("direct", "the quiet strength of the valley,", "Ole Varga", None),
                  ("indirect", "the mayor could win the county", "Ole Varga", None)],
                 id="quoted-words-in-aside-before-cue"),
    pytest.param("Mayor Ole Varga, pointing to the polls, said the city backed him.",
                 [("indirect", "the city backed him", "Ole Varga", "Mayor")], id="aside-participle-between-subject-and-cue"),
    pytest.param("Ada Brandt said the deficit had doubled, echoing a memo from the treasury.",
                 [("indirect", "the deficit had doubled", "Ada Brandt", None)], id="aside-echoing-ends-report"),
    pytest.param("The row started at once, as Wenda Okafor, contradicting Varga, said the council had known of the leak for a year.",
                 [("indirect", "the council had known of the leak for a year", "Wenda Okafor", None)],
                 id="aside-participle-after-as-clause-opener"),
    pytest.param("On Friday, Wenda Okafor, citing Varga, said the mill would close.",
                 [("indirect", "the mill would close", "Wenda Okafor", None)], id="aside-participle-after-opening-phrase"),
    # a cue, then "after/when X <cue>": the clause that follows is the second source's
    pytest.param("“We are finished,” Ole Varga said in June after the Pellworth company announced it was shutting 400 stores in Leeds.",
                 [("direct", "We are finished,", "Ole Varga", None),
                  ("indirect", "it was shutting 400 stores in Leeds", "the Pellworth company", None)],
                 id="subordinate-source-after-cue"),
    pytest.param("“Not again,” Ole Varga wrote after Mayor Dana Ruiz argued once more that “the bridge should never have been built.”",
                 [("direct", "Not again,", "Ole Varga", None),
                  ("direct", "the bridge should never have been built.", "Dana Ruiz", "Mayor")],
                 id="subordinate-source-quote-after-cue"),
    pytest.param("Ole Varga said on Monday after Ada Brandt left that the plan would fail.",
                 [("indirect", "the plan would fail", "Ole Varga", None)], id="subordinate-clause-without-cue-keeps-source"),
    pytest.param("Ole Varga said after the vote that the plan would fail.",
                 [("indirect", "the plan would fail", "Ole Varga", None)], id="after-phrase-keeps-source"),
    # "X met Y, who … by declaring …": the relative clause's antecedent declares it
    pytest.param("For an hour, the party’s nominee sat with Speaker Tom Ryde, who a week ago surprised Varga by declaring he could not yet back his bid.",
                 [("indirect", "he could not yet back his bid", "Tom Ryde", "Speaker")], id="relative-antecedent-does-by-participle"),
    pytest.param("Lamb met Tom Ryde, who chairs the panel, and began by saying the bill was dead.",
                 [("indirect", "the bill was dead", "Lamb", None)], id="closed-relative-keeps-main-subject-for-participle"),
    # "A study by X and Y concluded …": the record and its authors, as "According to a study by …"
    pytest.param("A report released in May by the Academy of Arts and Medicine noted that prices would rise.",
                 [("indirect", "prices would rise", "A report released in May by the Academy of Arts and Medicine", None)],
                 id="record-by-coordinated-body-is-source"),
    pytest.param("A study by Ann Lee and Tom Roe of the University of Leeds concluded that prices would rise.",
                 [("indirect", "prices would rise", "A study by Ann Lee and Tom Roe of the University of Leeds", None)],
                 id="record-by-two-authors-is-source"),
    pytest.param("With Varga leading the race, a story by the website Pollster says that \"more than a hundred delegates will break with him.\"",
                 [("direct", "more than a hundred delegates will break with him.", "a story by the website Pollster", None)],
                 id="story-by-website-is-source"),
    pytest.param("The report by Ann Lee was late, Tom Roe said.",
                 [("indirect", "The report by Ann Lee was late", "Tom Roe", None)], id="record-by-in-report-is-no-source"),
    # "He promised to …, Lee said.": the named closing source reports the pronoun's whole pledge
    pytest.param("Rep. Ann Lee recalled Hale giving her the same line. At the time, she said, Hale was trying to get the "
                 "delegation to push Ruiz to run for another seat. He promised to defeat Ruiz and state Sen. Tim Ash "
                 "thanks to the Hale name, which carries weight across the county, Lee said.",
                 [("indirect", "Hale giving her the same line", "Ann Lee", None),
                  ("indirect", "Hale was trying to get the delegation to push Ruiz to run for another seat", "Ann Lee", None),
                  ("indirect", "He promised to defeat Ruiz and state Sen. Tim Ash thanks to the Hale name, which carries "
                               "weight across the county", "Ann Lee", None)],
                 id="pronoun-pledge-then-named-closing-source"),
    pytest.param("Tom Hale met the board on Monday. Hale promised to defeat Ruiz thanks to the family name, Lee said.",
                 [("indirect", "to defeat Ruiz thanks to the family name", "Tom Hale", None)],
                 id="named-pledge-then-named-closing-source-unchanged"),
    # a titled definite description quoted after a subject who never spoke (and has another title):
    # the next pronoun goes on with the person quoted before, not the subject
    pytest.param("In a batch of fresh TV spots, Tom Marsh talks about his plan for the city.\n\n“We will fix the roads and the bridges of this city this year,” Marsh says in the spot.\n\nMarsh called upon Mayor Bill Ruiz to reopen the old depot, which the city opened in 2001. Ruiz closed the depot in April 2014.\n\n“There is waste and there is waste like nobody has ever seen in this city,” the Republican candidate said in an interview.\n\nThe depot was a “good thing” that gave “frankly good service,” he remarked.",
                 [("direct", "We will fix the roads and the bridges of this city this year,", "Tom Marsh", None),
                  ("direct", "There is waste and there is waste like nobody has ever seen in this city,", "the Republican candidate", None),
                  ("mixed", "The depot was a “good thing” that gave “frankly good service,”", "Tom Marsh", None)],
                 id="pronoun-after-titled-description-skips-subject-who-never-spoke"),
    pytest.param("In a batch of fresh TV spots, Tom Marsh talks about his plan for the city.\n\n“We will fix the roads and the bridges of this city this year,” Marsh says in the spot.\n\nMarsh called upon Mayor Bill Ruiz to reopen the old depot, which the city opened in 2001. Ruiz closed the depot in April 2014.\n\n“There is waste and there is waste like nobody has ever seen in this city,” the mayor said in an interview.\n\nThe depot was a “good thing” that gave “frankly good service,” he remarked.",
                 [("direct", "We will fix the roads and the bridges of this city this year,", "Tom Marsh", None),
                  ("direct", "There is waste and there is waste like nobody has ever seen in this city,", "Bill Ruiz", "Mayor"),
                  ("mixed", "The depot was a “good thing” that gave “frankly good service,”", "Bill Ruiz", "Mayor")],
                 id="description-with-the-subjects-title-keeps-the-subject"),
    # a "she said" right after a person of an unknown given name is introduced gives her gender
    pytest.param("“Politics is a hard game for all of us,” Tom Vance said.\n\nMy favourite remark about him came from "
                 "college student Zaria Kellow, who made me feel every one of my fifty years when she called him a "
                 "grandpa.\n\nReally?\n\n“Wild and loud,” she said.\n\nI met with Vance in his office two days later. "
                 "He is looking ahead to more work.\n\n“We must keep the movement going on and on,” he told me.",
                 [("direct", "Politics is a hard game for all of us,", "Tom Vance", None),
                  ("direct", "Wild and loud,", "Zaria Kellow", None),
                  ("direct", "We must keep the movement going on and on,", "Tom Vance", None)],
                 id="she-said-after-introduction-gives-unknown-name-gender"),
    pytest.param("Quill Kellow, a farmer from the valley, spoke first. “We lost the whole crop this year,” he said. "
                 "Ann Lee, a grocer, agreed. “Prices will rise for all of us,” she said.",
                 [("direct", "We lost the whole crop this year,", "Quill Kellow", None),
                  ("direct", "Prices will rise for all of us,", "Ann Lee", "a grocer")],
                 id="he-said-after-introduction-keeps-she-for-the-woman"),
    # a short term in marks inside the aside between a quote and its cue is no quote of its own
    pytest.param("“We have had far better meetings than this one,” Ohio delegate Tom Ash, wearing a straw hat and "
                 "“Ann Lee” campaign pins, said calmly.",
                 [("direct", "We have had far better meetings than this one,", "Tom Ash", "Ohio delegate")],
                 id="quoted-term-inside-aside-before-cue"),
    pytest.param("“We have had far better meetings than this one,” wrote Tom Ash, calling the plan “a mess” and a waste.",
                 [("direct", "We have had far better meetings than this one,", "Tom Ash", None),
                  ("mixed", "the plan “a mess” and a waste", "Tom Ash", None)],
                 id="quoted-term-after-cue-keeps-its-cue"),
    pytest.param("A report released in May by the Academy of Arts, Letters and Medicine noted that prices would rise.",
                 [("indirect", "prices would rise", "A report released in May by the Academy of Arts, Letters and Medicine", None)],
                 id="record-by-body-with-listed-name-is-source"),
    pytest.param("A study by Ann Lee, Tom Roe and Bob Fay concluded that prices would rise.",
                 [("indirect", "prices would rise", "A study by Ann Lee, Tom Roe and Bob Fay", None)],
                 id="record-by-three-authors-is-source"),
    pytest.param("A report by the Academy of Arts, Letters and Medicine was late, Tom Roe said.",
                 [("indirect", "A report by the Academy of Arts, Letters and Medicine was late", "Tom Roe", None)],
                 id="record-by-listed-body-in-report-is-no-source"),
    # "Del." (a delegate) with its full stop is a title; "Del Toro", "Del Rio" are names
    pytest.param("“This is a waste of our time and of your money,” said Del. Ann Baker of the Lake Islands.",
                 [("direct", "This is a waste of our time and of your money,", "Ann Baker", "Del")],
                 id="del-abbreviation-is-a-title"),
    pytest.param("Prices will rise next year, said Del Toro, a grocer.",
                 [("indirect", "Prices will rise next year", "Del Toro", "a grocer")], id="del-without-stop-is-a-name"),
    pytest.param("Prices will rise next year, said Ann Del Rio.",
                 [("indirect", "Prices will rise next year", "Ann Del Rio", None)], id="del-inside-a-name-stays"),
    # a cue, a subordinate clause set off by commas, then the quote: the cue's subject speaks
    pytest.param("\"They must act,\" said Tim Gale, a former agent.\n\n"
                 "Ann Lamb first said in the spring, when the server story broke, “I did not send any secret files to anyone.”",
                 [("direct", "They must act,", "Tim Gale", "a former agent"),
                  ("direct", "I did not send any secret files to anyone.", "Ann Lamb", None)],
                 id="cue-then-when-clause-then-quote"),
    pytest.param("The plan failed, as the Ledger put it in a long story, “by a mile.”",
                 [("direct", "by a mile.", "Ledger", None)], id="as-put-it-aside-is-no-subordinate-lead"),
    # a quoted fragment closing a report, then the sentence's own cue: the report ends at the mark
    pytest.param("Tom Roe spoke on Monday. He said the pact was \"very, very good,\" The Ledger reported.",
                 [("mixed", "the pact was \"very, very good,\"", "Tom Roe", None)], id="report-ends-before-outlet-cue"),
    pytest.param("Ray Dunn said the plan was \"a disaster,\" and he added that it would fail.",
                 [("mixed", "the plan was \"a disaster,\"", "Ray Dunn", None),
                  ("indirect", "it would fail", "Ray Dunn", None)], id="quoted-fragment-then-and-he-added"),
    # a relative clause after an inverted described speaker is no title part, whatever it quotes
    pytest.param("The last question came from a young child.\n\n"
                 "\"How tall is that tower?\" asked the girl, who had on a 'Go Ohio Go' scarf and said her name was Tess.",
                 [("direct", "How tall is that tower?", "the girl", None)], id="relative-after-described-speaker-is-no-title"),
    pytest.param("\"We won,\" said the coach, Ann Lee, after the game.",
                 [("direct", "We won,", "Ann Lee", "the coach")], id="apposed-name-after-described-speaker"),
    # a cue form after an article is a noun ("the state of Ohio"), no cue ending the subject
    pytest.param("The treasurer of the state of Idaho is suing Varga for $2 million, claiming his charity is a sham.",
                 [("indirect", "his charity is a sham", "The treasurer of the state of Idaho", None)],
                 id="state-noun-inside-described-doer"),
    pytest.param("A spokesman for the state said the road would reopen on Monday.",
                 [("indirect", "the road would reopen on Monday", "A spokesman for the state", None)],
                 id="state-noun-before-cue-keeps-source"),
    # a surname opening the narrative sentence before a quote with a pronoun cue, the person
    # named in full only in passing (a possessive) before
    pytest.param("Hilda Lamb toured the port on Monday, mocking Donald Tramp’s empty hotels.\n\n"
                 "\"That is a fair question,\" said Don Guard, the mayor.\n\n"
                 "Tramp blamed the council on social media that night. \"The pols made all the wrong moves,\" he wrote.",
                 [("direct", "That is a fair question,", "Don Guard", "the mayor"),
                  ("direct", "The pols made all the wrong moves,", "Donald Tramp", None)],
                 id="surname-subject-met-in-possessive-before-pronoun-quote"),
    pytest.param("Hilda Lamb toured the port on Monday, mocking Donald Tramp’s empty hotels.\n\n"
                 "\"That is a fair question,\" said Don Guard, the mayor.\n\n"
                 "Tramp Tower stood empty that night. \"The pols made all the wrong moves,\" he said.",
                 [("direct", "That is a fair question,", "Don Guard", "the mayor"),
                  ("direct", "The pols made all the wrong moves,", "Don Guard", "the mayor")],
                 id="surname-in-place-name-is-no-subject"),
    # questions and requests: "asked (X) whether/how …", "asking X to …", "asked by X whether …"
    pytest.param("A reporter asked Pell how she was feeling on the eve of the vote.",
                 [("indirect", "how she was feeling on the eve of the vote", "A reporter", None)],
                 id="unnamed-asker-keeps-description"),
    pytest.param("Then someone asked how the governor could win back rural towns.",
                 [("indirect", "how the governor could win back rural towns", "someone", None)], id="someone-asked-how"),
    pytest.param("Tia Brandt raised the zoning fight, asking Pell why she had changed her vote.",
                 [("indirect", "why she had changed her vote", "Tia Brandt", None)], id="asking-participle-question"),
    pytest.param("The flyers ask the council to delay the vote on the new depot.",
                 [("indirect", "the council to delay the vote on the new depot", "The flyers", None)],
                 id="ask-request-with-hearer"),
    pytest.param("The debate ended with Brandt asking Pell whether she would serve a full term.",
                 [("indirect", "whether she would serve a full term", "Brandt", None)], id="with-subject-of-participle"),
    pytest.param("When asked by a reporter whether the plan would raise fares, Pell said she doubted it.",
                 [("indirect", "whether the plan would raise fares", "a reporter", None),
                  ("indirect", "she doubted it", "Pell", None)], id="asked-by-agent-question"),
    pytest.param("Pell was asked by host Tia Brandt whether her aim was to run statewide.",
                 [("indirect", "whether her aim was to run statewide", "Tia Brandt", "host")], id="was-asked-by-agent"),
    pytest.param("Pell kept asking the clerk why the ballots had not arrived.",
                 [("indirect", "why the ballots had not arrived", "Pell", None)], id="kept-asking-subject"),
    pytest.param("A reporter asked Dan Pell how he felt. “Better every day,” he said.",
                 [("indirect", "how he felt", "A reporter", None), ("direct", "Better every day,", "Dan Pell", None)],
                 id="unnamed-asker-leaves-answer-to-asked"),
    pytest.param("Last week I asked Pell whether she would run again.",
                 [("indirect", "whether she would run again", None, None)], id="writer-asks-speakerless"),
    # negatives: no question reported
    pytest.param("The union on Tuesday released a letter asking for proposals on the new depot.", [],
                 id="asking-for-no-question"),
    pytest.param("Pell said that, if elected, she would ask the council to delay the vote.",
                 [("indirect", "if elected, she would ask the council to delay the vote", "Pell", None)],
                 id="modal-ask-no-report-of-its-own"),
    pytest.param("Brandt sent Pell a list, asking her questions for which she had no answers.", [],
                 id="asked-questions-relative-no-question"),
    pytest.param("The depot plan was asked by the council to be delayed until spring.", [], id="asked-by-no-question"),
    pytest.param("“We are fine,” Mayor Tom Rand said. He even offered a few glimpses of his family life, talking proudly of "
                 "his two sons, who he said were staying in Ohio.",
                 [("direct", "We are fine,", "Tom Rand", "Mayor"), ("indirect", "were staying in Ohio", "Tom Rand", "Mayor")],
                 id="who-pronoun-said-after-noun-cue-form"),
    # (the closing non-restrictive "who" clause is left out of the report, as PolNeAR's gold does)
    pytest.param("Ann Lee said she would fire the clerks, who she believes are lazy.",
                 [("indirect", "she would fire the clerks", "Ann Lee", None)],
                 id="who-pronoun-inside-report-stays-outer"),
    pytest.param("Ann Vell, a reporter, wrote a reply to Bob Kerr pointing out the irony of a man who promised mass "
                 "arrests: “Your plan is to split up families.”",
                 [("direct", "Your plan is to split up families.", "Ann Vell", "a reporter")],
                 id="who-cue-object-no-inverted-speaker"),
    pytest.param("Kim Ode promised mass arrests: “Your plan is to split up families.”",
                 [("direct", "Your plan is to split up families.", "Kim Ode", None)], id="cue-object-before-colon-quote"),
    pytest.param("Ann Olsen - who previously said the race was lost - said at a rally that the candidate would win.",
                 [("indirect", "the race was lost", "Ann Olsen", None),
                  ("indirect", "the candidate would win", "Ann Olsen", None)], id="hyphen-who-aside-reports-then-subject"),
    pytest.param("Ann Olsen -- who has long said the race was lost -- said at a rally that the candidate would win.",
                 [("indirect", "the race was lost", "Ann Olsen", None),
                  ("indirect", "the candidate would win", "Ann Olsen", None)], id="double-hyphen-who-aside"),
    pytest.param("Party leader Ann Olsen - who previously said she would \"fight them all\" in court - said at a rally in "
                 "Ohio that the state should close its borders.",
                 [("mixed", "she would \"fight them all\" in court", "Ann Olsen", "Party leader"),
                  ("indirect", "the state should close its borders", "Ann Olsen", "Party leader")],
                 id="hyphen-who-aside-with-quote-inside"),
    pytest.param("Ann Olsen — who said the race was “lost” — said at a rally that the candidate would win.",
                 [("mixed", "the race was “lost”", "Ann Olsen", None),
                  ("indirect", "the candidate would win", "Ann Olsen", None)], id="dash-who-aside-with-quote-inside"),
    pytest.param("Arlen Kobb, a debate coach, watched. “We will win,” Donald Hale said. Kobb -- co-editor of Besting "
                 "The Don, a book on Hale's speeches -- said the candidate tended to break news at those events.",
                 [("direct", "We will win,", "Donald Hale", None),
                  ("indirect", "the candidate tended to break news at those events", "Arlen Kobb", "a debate coach")],
                 id="double-hyphen-apposition-aside"),
    pytest.param("A former Republican senator -- Tom Hale, who lost the 2008 race -- said the president \"offered no "
                 "tweaks to his plan.\"",
                 [("mixed", "the president \"offered no tweaks to his plan.\"", "Tom Hale", None)],
                 id="double-hyphen-aside-names-the-described"),
    pytest.param("A representative for the Lee brand - a small business pitched as \"the home of Women Who Build\" - "
                 "noted that the firm offers new parents six weeks of paid leave.",
                 [("indirect", "the firm offers new parents six weeks of paid leave",
                   "A representative for the Lee brand", None)], id="hyphen-aside-with-quote-not-relative",
                 marks=pytest.mark.xfail(strict=True, reason="a quoted name inside a hyphen aside that is no relative "
                                                             "clause is read as a quote whose cue follows it")),
    pytest.param("One pastor supporting Mr. Reyes, Dan Whitby of Grace Church in Milford, said he had made 150 calls. "
                 "He has spoken at services since May, he said.",
                 [("indirect", "he had made 150 calls", "Dan Whitby", "of Grace Church in Milford"),
                  ("indirect", "He has spoken at services since May", "Dan Whitby", "of Grace Church in Milford")],
                 id="description-closing-in-name-then-named-speaker"),
    pytest.param("A spokesman for Mr. Reyes, Dan Whitby, said he had made 150 calls.",
                 [("indirect", "he had made 150 calls", "Dan Whitby", "A spokesman for Mr. Reyes")],
                 id="spokesman-for-name-then-name"),
    pytest.param("Ann Lee, Dan Whitby's sister, said he had made 150 calls.",
                 [("indirect", "he had made 150 calls", "Ann Lee", None)], id="name-before-possessive-apposition"),
    pytest.param("Party officials said the vote would begin at noon. A few minutes later they changed course, hurried "
                 "everyone inside and said they will sign up voters during the vote.",
                 [("indirect", "the vote would begin at noon", "Party officials", None),
                  ("indirect", "they will sign up voters during the vote", "Party officials", None)],
                 id="time-opener-without-comma-then-pronoun-subject"),
    pytest.param("Moments later Ann Lee stood up and said the vote was over.",
                 [("indirect", "the vote was over", "Ann Lee", None)], id="moments-later-name-subject"),
    pytest.param("“We will build it,” Ann Lee said. She pledged to be \"the greatest builder in history\" and cast doubt "
                 "on the official jobless rate of 5.1 percent, suggested that the real rate could be as much as 35 percent.",
                 [("direct", "We will build it,", "Ann Lee", None),
                  ("mixed", "to be \"the greatest builder in history\"", "Ann Lee", None),
                  ("indirect", "the real rate could be as much as 35 percent", "Ann Lee", None)],
                 id="third-predicate-after-quote-and-comma"),
    pytest.param("“We will build it,” Ann Lee said. She thanked the \"brave crews\" and the other members, led by Tom "
                 "Hale, said that the rate could be high.",
                 [("direct", "We will build it,", "Ann Lee", None),
                  ("indirect", "the rate could be high", "the other members", None)],
                 id="and-then-new-subject-after-quote-not-predicate"),
    pytest.param("“The plan would fail,” said Lily Batch, a former aide. It’s become a big issue in the race, with Ann "
                 "Corbin — who’s called for steep tax rises on the rich — lambasting the plan. “The plan would be "
                 "trickle-down all over again,” she said.",
                 [("direct", "The plan would fail,", "Lily Batch", "a former aide"),
                  ("direct", "The plan would be trickle-down all over again,", "Ann Corbin", None)],
                 id="with-doer-then-pronoun"),
    pytest.param("“The plan would fail,” said Lily Batch, a former aide. She left the hall, with Ann Corbin watching. "
                 "“It is over,” she said.",
                 [("direct", "The plan would fail,", "Lily Batch", "a former aide"),
                  ("direct", "It is over,", "Lily Batch", "a former aide")],
                 id="with-participle-after-person-subject-not-doer"),
    # a body's name joined by of/and/a plural possessive is read whole
    pytest.param("Fishing keeps 9,000 people in work on the coast, according to the Coastal Rowing and Sailing Council (CRSC).",
                 [("indirect", "Fishing keeps 9,000 people in work on the coast", "Coastal Rowing and Sailing Council", None)],
                 id="joined-body-and"),
    pytest.param("The Dunmore Chambers of Trade said it was worried about the new toll.",
                 [("indirect", "it was worried about the new toll", "Dunmore Chambers of Trade", None)], id="joined-body-of"),
    pytest.param("The plan is backed by the Lake Managers' Forum (LMF), who say small boatyards face ruin.",
                 [("indirect", "small boatyards face ruin", "Lake Managers' Forum", None)], id="joined-body-possessive"),
    # inverted reports after the clause: 'it forecast', 'points out', 'was quoted as saying by', bare 'advocates'
    pytest.param("Tarvel Foods said sales had slowed. Demand in the north is set to recover next year, it forecast.",
                 [("indirect", "sales had slowed", "Tarvel Foods", None),
                  ("indirect", "Demand in the north is set to recover next year", "Tarvel Foods", None)],
                 id="inverted-forecast"),
    pytest.param("Tarvel Foods said sales had slowed. That forecast proved wrong when the board met.",
                 [("indirect", "sales had slowed", "Tarvel Foods", None)], id="forecast-noun-no-cue"),
    pytest.param("Tarvel Foods forecast that sales would slow.", [], id="forecast-that-no-cue"),
    pytest.param("Its engineers work with the ministry on supply issues, Mr Karimov points out.",
                 [("indirect", "Its engineers work with the ministry on supply issues", "Karimov", None)],
                 id="inverted-points-out"),
    pytest.param("The ferry will run again in spring, Mr Karimov pointed out the window.", [],
                 id="points-out-object-no-cue"),
    pytest.param("The port dispute will be settled under Dravian law, transport minister Olek Varga was quoted as saying by the Novin news agency.",
                 [("indirect", "The port dispute will be settled under Dravian law", "Olek Varga", "transport minister")],
                 id="inverted-quoted-as-saying-by"),
    pytest.param("The scheme will also bring more work to the valleys, advocates argue.",
                 [("indirect", "The scheme will also bring more work to the valleys", "advocates", None)],
                 id="inverted-bare-advocates"),
    # roles: a possessor is the body, not "X's"; an age alone is no role
    pytest.param('"Prices will fall," said Brellow Bank\'s Tom Wick.',
                 [("direct", "Prices will fall,", "Tom Wick", "Brellow Bank")], id="role-possessor-body"),
    pytest.param('"Prices will fall," says 27-year-old Tom Wick.',
                 [("direct", "Prices will fall,", "Tom Wick", None)], id="role-age-alone-none"),
    pytest.param('"Prices will fall," says 27-year-old student Tom Wick.',
                 [("direct", "Prices will fall,", "Tom Wick", "27-year-old student")], id="role-age-with-noun-kept"),
    pytest.param('"They are not great," said Mr Hale, who predicted a win for the home side.',
                 [("direct", "They are not great,", "Hale", None),
                  ("indirect", "a win for the home side", "Hale", None)], id="role-bare-relative-none"),
    pytest.param('"They are not great," said Mr Hale, who runs a bakery.',
                 [("direct", "They are not great,", "Hale", "who runs a bakery")], id="role-relative-clause-kept"),
    # negatives: a person of a body, a role of a body
    pytest.param('"The quay will reopen in May," said Tomas Reyl of the Harbour Council.',
                 [("direct", "The quay will reopen in May,", "Tomas Reyl", None)], id="joined-body-person-of"),
    pytest.param("The President of the Harbour Council, Ann Lee, said the quay would reopen in May.",
                 [("indirect", "the quay would reopen in May", "Ann Lee", "The President of the Harbour Council")],
                 id="joined-body-role-of"),
    # A relative clause's own subject, not its opener ("where", "in which"), speaks.
    pytest.param("The firm chose to file in Dover, Del., where bankruptcy lawyers say some judges move big cases quickly.",
                 [("indirect", "some judges move big cases quickly", "bankruptcy lawyers", None)],
                 id="where-clause-subject-not-where"),
    pytest.param("Lee railed against the judge over the case, in which pupils have alleged they were cheated.",
                 [("indirect", "they were cheated", "pupils", None)],
                 id="in-which-clause-subject-not-which"),
    pytest.param("Where Ann Lee said that it rained, nobody knows.",
                 [("indirect", "it rained, nobody knows", "Ann Lee", None)],
                 id="where-opening-sentence-no-role"),
    # A contact clause ("a probe the agency said …"): its subject speaks.
    pytest.param("Voters were reminded of the inquiry — a probe the agency said was still open last week.",
                 [("indirect", "was still open last week", "the agency", None)],
                 id="contact-clause-subject-speaks"),
    pytest.param("Half the members said that the vote was rigged.",
                 [("indirect", "the vote was rigged", "Half the members", None)],
                 id="predeterminer-no-contact-clause"),
    pytest.param("The ruling was a blow for Lee, whose lawyers argued that the files held trade secrets.",
                 [("indirect", "the files held trade secrets", "whose lawyers", None)],
                 id="whose-noun-before-cue-speaks"),
    pytest.param("Ann Lee, whose father farmed here, said that the river was rising.",
                 [("indirect", "the river was rising", "Ann Lee", None)],
                 id="whose-aside-not-speaker"),
    # "according to" a speech someone delivered: the speaker; a date on the end is no part of the source.
    pytest.param("The tax would curb speculation, according to a speech Tom Ray delivered at Oxford in May 2015.",
                 [("indirect", "The tax would curb speculation", "Tom Ray", None)],
                 id="according-to-speech-contact-clause"),
    pytest.param("The mill will close, according to a report on Wednesday.",
                 [("indirect", "The mill will close", "a report", None)],
                 id="according-to-trailing-on-day"),
    pytest.param("Ray leads Lee, according to a Marist poll released on Friday.",
                 [("indirect", "Ray leads Lee", "a Marist poll", None)],
                 id="according-to-released-on-day"),
    pytest.param("Ray leads Lee, according to a Marist poll last week.",
                 [("indirect", "Ray leads Lee", "a Marist poll", None)],
                 id="according-to-noun-last-week"),
    pytest.param("Ray leads Lee, according to a Marist poll taken last week.",
                 [("indirect", "Ray leads Lee", "a Marist poll taken last week", None)],
                 id="according-to-participle-last-week-kept"),
    pytest.param("Ray was hacked, according to the the Senate report.",
                 [("indirect", "Ray was hacked", "the Senate report", None)],
                 id="according-to-doubled-determiner"),
    pytest.param("The mill will close, according to a statement by the union.",
                 [("indirect", "The mill will close", "a statement by the union", None)],
                 id="according-to-statement-by-kept"),
    # A clause, then "as" and a short noun phrase before the cue: that phrase speaks.
    pytest.param("The idea of a boycott gained ground this month as a number of writers argued that the plan was unfair.",
                 [("indirect", "the plan was unfair", "a number of writers", None)],
                 id="inner-as-clause-subject"),
    pytest.param("Ann Lee, known as the Iron Lady, said that the deal was off.",
                 [("indirect", "the deal was off", "Ann Lee", None)],
                 id="known-as-no-clause"),
    pytest.param("Tom Ray offered the general a job as Secretary of Labor, then says he will take advice from anyone.",
                 [("indirect", "he will take advice from anyone", "Tom Ray", None)],
                 id="job-as-title-no-clause"),
    # An aside giving examples ("such as …") is no speaker.
    pytest.param("Other agencies, such as the Pacific Trade Bank, have said that it is too soon to comment.",
                 [("indirect", "it is too soon to comment", "Other agencies", None)],
                 id="such-as-aside-not-speaker"),
    # A title-case headline "X on <Topic With His/Her …>: ‘…’": the topic is no name; X speaks.
    pytest.param("Lee on Ray Releasing His Tax Returns: ‘I Think He Will.’\n\nFriday on CNN, Sen. Ann Lee said she expected it.",
                 [("direct", "I Think He Will.", "Ann Lee", None), ("indirect", "she expected it", "Ann Lee", None)],
                 id="headline-name-on-topic-colon"),
    pytest.param("Ray Releasing His Tax Returns: ‘I Think He Will.’\n\nFriday on CNN, Sen. Ann Lee said she expected it.",
                 [("indirect", "she expected it", "Ann Lee", None)],
                 id="headline-topic-colon-no-name"),
    # a non-restrictive relative clause closing the sentence comments on a noun of the report
    pytest.param("Mayor Rita Vance said she would veto the zoning bill, which the council passed on Monday.",
                 [("indirect", "she would veto the zoning bill", "Rita Vance", "Mayor")], id="closing-which-aside-left-out"),
    pytest.param("Coach Dana Ribb said she would start Tom Alvar, who returned from injury last week.",
                 [("indirect", "she would start Tom Alvar", "Dana Ribb", "Coach")], id="closing-who-aside-left-out"),
    # negatives: a relative clause inside the report (closed by a comma, or restrictive) stays in it
    pytest.param("Mayor Rita Vance said the zoning bill, which the council passed on Monday, would raise rents.",
                 [("indirect", "the zoning bill, which the council passed on Monday, would raise rents", "Rita Vance",
                   "Mayor")], id="inner-which-aside-kept"),
    pytest.param("Mayor Rita Vance said the plan which the council passed last year has failed.",
                 [("indirect", "the plan which the council passed last year has failed", "Rita Vance", "Mayor")],
                 id="restrictive-which-kept"),
    # a second source and its own speech verb after "and"/"but" end the first report
    pytest.param("Republicans said the agency mishandled the inquiry and Democrats accused them of stoking the issue.",
                 [("indirect", "the agency mishandled the inquiry", "Republicans", None)], id="second-source-after-and"),
    pytest.param("Mayor Rita Vance said the bridge will reopen in May but engineers say the repairs will take longer.",
                 [("indirect", "the bridge will reopen in May", "Rita Vance", "Mayor"),
                  ("indirect", "the repairs will take longer", "engineers", None)], id="second-source-after-but"),

    # negative: a subject of the report joined by "and" is no second source
    pytest.param("Mayor Rita Vance said the city council and the county told residents to boil their water.",
                 [("indirect", "the city council and the county told residents to boil their water", "Rita Vance",
                   "Mayor")], id="joined-subject-no-second-source"),
    pytest.param("Most of the farmers said they were worried about the long drought, and more than 3 in 10 said the state "
                 "should act.",
                 [("indirect", "they were worried about the long drought", "Most of the farmers", None),
                  ("indirect", "the state should act", "more than 3 in 10", None)],
                 id="second-source-share-of-group"),
    # negative: a long "and" phrase with no speech verb stays in the report
    pytest.param("Most of the farmers said they were worried about the long drought and the rising costs of feed this year.",
                 [("indirect", "they were worried about the long drought and the rising costs of feed this year",
                   "Most of the farmers", None)], id="long-and-phrase-no-second-source"),
    pytest.param(
        "Rescue teams were searching the river all night, the news site KRX Info reported.",
        [("indirect", "Rescue teams were searching the river all night", "KRX Info", "the news site")],
        id="outlet-letters-and-word-are-one-name"),
    pytest.param(
        "The advocacy fund Neighbors USA Action said the ads would run in six states.",
        [("indirect", "the ads would run in six states", "Neighbors USA Action", None)],
        id="outlet-letters-after-a-capitalised-word-stay-as-read"),
    # negative: bracketed letters are the description's short form, not part of the name after them
    pytest.param(
        "Internet service provider (ISP) Plusline also welcomed the proposals saying “we are happy with it”.",
        [("direct", "we are happy with it", "Plusline", "Internet service provider (ISP)")],
        id="bracketed-letters-stay-with-the-description"),
    # an outlet named by letters and a word is a body: the next "He" is still the coach, and
    # "speaking exclusively to …" (an adverb before the object) is the subject's aside
    pytest.param(
        "Coach Briggs, speaking exclusively to KRX Sport, said the club would not sell. "
        "He told KRX Weekly: “We are not giving up.”",
        [("indirect", "the club would not sell", "Briggs", "Coach"),
         ("direct", "We are not giving up.", "Briggs", "Coach")],
        id="outlet-letters-are-a-body-not-a-he"),
    pytest.param(
        "“We will not fold,” said NRA chief Wayne Smith.",
        [("direct", "We will not fold,", "Wayne Smith", "NRA chief")],
        id="body-letters-before-a-title-stay-in-the-role"),
    pytest.param(
        "Writing in The Lantern Review, the historian argued that the war was lost long before the siege.",
        [("indirect", "the war was lost long before the siege", "the historian", None)],
        id="participle-opener-ending-in-a-title-is-no-name-before-an-apposition"),
    pytest.param(
        "Appearing on Morning Desk Live, the front-runner said the senator had caused great harm.",
        [("indirect", "the senator had caused great harm", "the front-runner", None)],
        id="participle-opener-ending-in-a-show-name-is-no-speaker"),
    pytest.param(
        "Sterling Banks, the club owner, said the arena would close in May.",
        [("indirect", "the arena would close in May", "Sterling Banks", "the club owner")],
        id="name-ending-in-ing-before-an-apposition-stays-the-speaker"),
    pytest.param(
        "Campaign manager MaryAnne Tolliver said the race was close. “We are winning,” Tolliver said.",
        [("indirect", "the race was close", "MaryAnne Tolliver", "Campaign manager"),
         ("direct", "We are winning,", "MaryAnne Tolliver", "Campaign manager")],
        id="joined-given-names-with-an-inner-capital-are-a-name"),
    pytest.param(
        "A SnapTube spokesman said the site was down for an hour.",
        [("indirect", "the site was down for an hour", "A SnapTube spokesman", None)],
        id="inner-capital-brand-stays-no-name"),
    pytest.param(
        "According to the Denver Morning Ledger, the documents show the party asked three firms for money.",
        [("indirect", "the documents show the party asked three firms for money", "Denver Morning Ledger", None)],
        id="place-word-after-the-opens-an-outlet-name"),
    pytest.param(
        "“The plan is a fraud,” said the Ohio Republican Dan Moss.",
        [("direct", "The plan is a fraud,", "Dan Moss", "the Ohio Republican")],
        id="place-word-after-the-before-a-titled-person-stays-in-the-role"),
    pytest.param(
        "“The river is rising fast,” reports KRX Today.",
        [("direct", "The river is rising fast,", "KRX Today", None)],
        id="today-after-outlet-letters-is-part-of-the-name"),
    pytest.param(
        "“The river is rising fast,” said Ann Lee today.",
        [("direct", "The river is rising fast,", "Ann Lee", None)],
        id="today-after-a-name-stays-a-time-word"),
    pytest.param(
        "When Mr. Rolf joined the board, a columnist for the gossip site Tattle said he was ashamed of the deal.",
        [("indirect", "he was ashamed of the deal", "a columnist for the gossip site Tattle", None)],
        id="member-of-a-body-named-after-its-description-is-the-description"),
    pytest.param(
        "“The facts have not changed,” a spokesman for committee Republicans said.",
        [("direct", "The facts have not changed,", "a spokesman for committee Republicans", None)],
        id="spokesman-for-a-described-group-is-the-description"),
    pytest.param(
        "A spokesman for Republican presidential candidate Gloria Tarn said the memo was a fabrication.",
        [("indirect", "the memo was a fabrication", "A spokesman for Republican presidential candidate Gloria Tarn", None)],
        id="spokesman-for-a-titled-candidate-is-the-description"),
    pytest.param(
        "A spokesman for the mayor, Bill Dane, said the memo was a fabrication.",
        [("indirect", "the memo was a fabrication", "Bill Dane", "A spokesman for the mayor")],
        id="spokesman-named-in-apposition-is-the-speaker"),
    pytest.param(
        "Overall, civic groups said they spent $2 million on the mailers.",
        [("indirect", "they spent $2 million on the mailers", "civic groups", None)],
        id="overall-opening-a-sentence-is-no-name"),
    pytest.param(
        "The city council, in a bold effort to help renters that has drawn criticism from landlords, has said it "
        "would cap rents.",
        [("indirect", "it would cap rents", "The city council", None)],
        id="long-in-a-aside-with-its-own-relative-clause-before-the-verb"),
    pytest.param(
        "Ann Kent, in a long interview on the radio show that she hosts every week in Denver, said the plan would fail.",
        [("indirect", "the plan would fail", "Ann Kent", None)],
        id="long-aside-with-a-pronoun-leaves-the-named-subject"),
    pytest.param(
        "Half of the patrols are now posted abroad, according to Norwegian military officials.",
        [("indirect", "Half of the patrols are now posted abroad", "Norwegian military officials", None)],
        id="nationality-then-lower-case-group-stays-one-source"),
    pytest.param(
        "“The river is rising fast,” said Hartley as officials watched.",
        [("direct", "The river is rising fast,", "Hartley", None)],
        id="name-then-a-clause-with-officials-stays-the-name"),
    pytest.param(
        "The mayor said she will visit Eastville next week, the Daily Lantern reported.",
        [("indirect", "The mayor said she will visit Eastville next week", "Daily Lantern", None)],
        id="closing-outlet-reported-reports-the-whole-clause"),
    pytest.param(
        "The mayor said she will visit Eastville next week, Dane said.",
        [("indirect", "she will visit Eastville next week", "The mayor", None)],
        id="closing-named-person-said-leaves-the-inner-report"),
    pytest.param(
        "Nominee Ann Lee told investigators in June she was advised to use a private account, the Eastville Times reported late Thursday.",
        [("indirect", "Nominee Ann Lee told investigators in June she was advised to use a private account",
          "the Eastville Times", None)],
        id="closing-capitalised-outlet-description-reported-reports-the-whole-clause"),
    pytest.param(
        "The river rose fast overnight, the weather service reported.",
        [],
        id="closing-lower-case-reporter-of-a-fact-is-no-outlet"),
    pytest.param(
        "“We won fewer votes,” said Mark From, who helped found the council.",
        [("direct", "We won fewer votes,", "Mark From", None)],
        id="capitalised-stop-word-surname-after-a-given-name"),
    pytest.param(
        "“We won fewer votes,” said Mark today.",
        [("direct", "We won fewer votes,", "Mark", None)],
        id="lower-case-time-word-after-a-given-name-is-no-surname"),
    pytest.param(
        "One reason tenant groups say they joined the talks was the funding.",
        [("indirect", "they joined the talks was the funding", "tenant groups", None)],
        id="one-reason-is-the-noun-its-contact-clause-subject-the-source"),
    pytest.param(
        "One reason for the gap is that voters like the economy.",
        [],
        id="one-reason-for-is-no-report"),
    pytest.param(
        "The economists reason that the plan would fail.",
        [("indirect", "the plan would fail", "The economists", None)],
        id="reason-after-a-plural-subject-stays-a-cue"),
    pytest.param(
        "The Council for Rural Housing and Development says rents are rising.",
        [("indirect", "rents are rising", "The Council for Rural Housing and Development", None)],
        id="body-head-preposition-and-capitalised-words-are-one-body"),
    pytest.param(
        "Center for Rural Progress President Nora Tamm said the plan would fail.",
        [("indirect", "the plan would fail", "Nora Tamm", "Rural Progress President")],
        id="body-then-title-and-person-stays-the-person"),
    pytest.param(
        "But Mr. Ortega, a Democrat who described himself as a devout Methodist, said he recoiled at the attacks.",
        [("indirect", "he recoiled at the attacks", "Ortega", None)],
        id="report-inside-a-named-subjects-apposition-gives-way-to-the-subjects-own"),
    pytest.param(
        "The mayor rebuked critics who say the city should close the park, saying the park is safe.",
        [("indirect", "the city should close the park", "critics", None),
         ("indirect", "the park is safe", "The mayor", None)],
        id="report-of-an-object-group-stays-beside-the-subjects-own"),
    pytest.param(
        "The levy will hurt farmers, said Speaker of the House Ada Quarrie.",
        [("indirect", "The levy will hurt farmers", "Ada Quarrie", "Speaker of the House")],
        id="after-cue-title-of-body-then-name"),
    pytest.param(
        "The levy will hurt farmers, said Institute for Rural Affairs President Ada Quarrie.",
        [("indirect", "The levy will hurt farmers", "Ada Quarrie", "Institute for Rural Affairs President")],
        id="after-cue-body-for-words-then-title-and-name"),
    pytest.param(
        "The levy will hurt farmers, said Institute for Rural Affairs.",
        [("indirect", "The levy will hurt farmers", "Institute for Rural Affairs", None)],
        id="after-cue-body-for-words-stays-whole"),
    pytest.param(
        "The levy will hurt farmers, said Director of the Office of Budget Ann Quarrie.",
        [("indirect", "The levy will hurt farmers", "Ann Quarrie", "Director of the Office of Budget")],
        id="after-cue-title-of-body-of-dictionary-words-then-name"),
    pytest.param(
        "Ann Quarrie, Tom Hale and Bob Kerrigan said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "Ann Quarrie, Tom Hale and Bob Kerrigan", None)],
        id="list-of-full-names-speaks-together"),
    pytest.param(
        "In Leeds, Ann Quarrie, Tom Hale and Bob Kerrigan said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "Ann Quarrie, Tom Hale and Bob Kerrigan", None)],
        id="list-of-full-names-after-a-place-opener"),
    pytest.param(
        "Leeds, York and Bob Kerrigan said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "Bob Kerrigan", None)],
        id="list-of-places-then-a-name-is-no-list-of-people"),
    pytest.param(
        "The levy, Tom Hale and Bob Kerrigan said, would hurt farmers.",
        [("indirect", "would hurt farmers", "Tom Hale and Bob Kerrigan", None)],
        id="pair-after-a-comma-behind-a-noun-is-no-longer-list"),
    pytest.param(
        "Secretary of Transportation Tom Quarrie said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "Tom Quarrie", "Secretary of Transportation")],
        id="subject-title-of-one-dictionary-word-then-name"),
    pytest.param(
        "The Office of George Washington said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "The Office of George Washington", None)],
        id="body-of-a-name-with-no-title-before-it-stays-whole"),
    pytest.param(
        "“The levy will hurt farmers,” said the Institute for Rural Affairs in a statement.",
        [("direct", "The levy will hurt farmers,", "the Institute for Rural Affairs", None)],
        id="after-cue-body-ends-before-in-a-statement"),
    pytest.param(
        "“The levy will hurt farmers,” said the director of the Rural Fund during his weekly radio address.",
        [("direct", "The levy will hurt farmers,", "the director of the Rural Fund", None)],
        id="after-cue-description-ends-before-during-an-address"),
    pytest.param(
        "“The levy will hurt farmers,” said the Institute for Rural Affairs in Leeds.",
        [("direct", "The levy will hurt farmers,", "the Institute for Rural Affairs in Leeds", None)],
        id="after-cue-body-keeps-a-place-after-in"),
    pytest.param(
        "Ann Quarrie in a Medium post said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "Ann Quarrie", None)],
        id="subject-ends-before-the-occasion-between-it-and-the-cue"),
    pytest.param(
        "The director of the Rural Fund during his weekly address argued that the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "The director of the Rural Fund", None)],
        id="described-subject-ends-before-during-an-address"),
    pytest.param(
        "A man in the interview room said the levy would hurt farmers.",
        [("indirect", "the levy would hurt farmers", "A man in the interview room", None)],
        id="subject-keeps-a-room-named-after-an-occasion"),
    # negative: the occasion's own noun ("post") is no cue; the report is the verb's after it
    pytest.param(
        "Ann Lee in a blog post said the plan would fail.",
        [("indirect", "the plan would fail", "Ann Lee", None)],
        id="occasion-noun-after-a-lower-case-word-is-no-cue"),
    pytest.param(
        "The levy will hurt farmers, said Quarrie of the Institute for Rural Affairs.",
        [("indirect", "The levy will hurt farmers", "Quarrie", None)],
        id="after-cue-name-of-body-keeps-the-name"),
    pytest.param(
        "The Northern Maritime Patrol Command said the two boats had been seized.",
        [("indirect", "the two boats had been seized", "The Northern Maritime Patrol Command", None)],
        id="body-ending-in-command-stays-whole"),
    pytest.param(
        "Senator Ida Marsh only said that the bridge would reopen in spring.",
        [("indirect", "the bridge would reopen in spring", "Ida Marsh", "Senator")],
        id="only-between-subject-and-cue-is-no-part-of-the-name"),
    pytest.param(
        "Ida Marsh said only that the bridge would reopen in spring.",
        [("indirect", "the bridge would reopen in spring", "Ida Marsh", None)],
        id="only-after-the-cue-is-no-part-of-the-report"),
    pytest.param(
        "Ida Marsh would not weigh in, however, on the quarrel over ferry fares, only saying that she hoped both sides "
        "could agree.",
        [("indirect", "she hoped both sides could agree", "Ida Marsh", None)],
        id="adverb-before-a-speech-participle-takes-the-main-subject"),
    pytest.param(
        "Ida Marsh is getting into the mood, even offering a free ferry ride to visitors.",
        [],
        id="adverb-before-a-participle-of-no-speech-is-no-report"),
    pytest.param(
        "Ida Marsh reportedly told donors that the ferry line would be sold.",
        [],
        id="reportedly-before-the-cue-is-no-sourced-report"),
    pytest.param(
        "Ida Marsh told donors that the ferry line had reportedly been sold.",
        [("indirect", "the ferry line had reportedly been sold", "Ida Marsh", None)],
        id="reportedly-inside-the-report-keeps-it"),
    pytest.param(
        "But Mills, speaking exclusively to KRX Radio, also admits the squad is too thin.",
        [("indirect", "the squad is too thin", "Mills", None)],
        id="word-name-after-but-before-a-participle-aside-is-the-subject"),
    pytest.param(
        "But Dorset Water, responding to the report, said the yard would close.",
        [("indirect", "the yard would close", "Dorset Water", None)],
        id="body-before-a-participle-aside-is-the-subject"),
    pytest.param(
        "But Mills, the club's chairman, admits the squad is too thin.",
        [("indirect", "the squad is too thin", "Mills", "the club's chairman")],
        id="word-name-after-but-with-an-apposition-keeps-its-role"),
    pytest.param(
        "An Office for Rivers, Lakes and Coasts spokesman said: \u201cWe are checking every weir.\u201d",
        [("direct", "We are checking every weir.", "An Office for Rivers, Lakes and Coasts spokesman", None)],
        id="body-named-by-a-comma-list-of-fields-stays-whole"),
    pytest.param(
        "The Bureau of Fisheries, Forests, and Parks said the weir would be rebuilt.",
        [("indirect", "the weir would be rebuilt", "The Bureau of Fisheries, Forests, and Parks", None)],
        id="body-named-by-a-list-with-a-serial-comma-stays-whole"),
    pytest.param(
        "Nora Lind of the Board of Trade, Tom Hale and Ada Kim said the weir would be rebuilt.",
        [("indirect", "the weir would be rebuilt", "Ada Kim", None)],
        id="body-list-join-leaves-people-listed-after-it-alone"),
    pytest.param(
        "The old harbourmaster was known for his dislike of the toll, voiced in his famous demand at Penmarrow in 1981: "
        "\u201cOpen the gates to every boat!\u201d",
        [("direct", "Open the gates to every boat!", "The old harbourmaster", None)],
        id="possessive-and-adjective-make-the-cue-form-a-noun"),
    pytest.param(
        "The dockers and their leaders demand: \u201cOpen the gates to every boat!\u201d",
        [("direct", "Open the gates to every boat!", "The dockers and their leaders", None)],
        id="possessive-before-a-plural-noun-keeps-the-cue-a-verb"),
    pytest.param(
        "\u201cWe are worried,\u201d Tom Reid said. The Riverside Council said there was no deal.\n"
        "It added that the impact on workers had not been considered.",
        [("direct", "We are worried,", "Tom Reid", None),
         ("indirect", "there was no deal", "The Riverside Council", None),
         ("indirect", "the impact on workers had not been considered", "The Riverside Council", None)],
        id="it-goes-to-the-body-read-as-a-title-not-the-person-before"),
    pytest.param(
        "\u201cWe are worried,\u201d Tom Reid said. The IFTA said there was no deal.\n"
        "It added that the impact on workers had not been considered.",
        [("direct", "We are worried,", "Tom Reid", None),
         ("indirect", "there was no deal", "The IFTA", None),
         ("indirect", "the impact on workers had not been considered", "The IFTA", None)],
        id="it-goes-to-a-body-named-by-its-initials"),
    pytest.param(
        "Grace Aid criticised the move, saying it would cost jobs. \u201cWe are worried,\u201d Tom Reid said. The IFTA "
        "said there was no deal. Grace Aid has urged firms to stay.\nIt added that many workers could lose their jobs.",
        [("indirect", "it would cost jobs", "Grace Aid", None),
         ("direct", "We are worried,", "Tom Reid", None),
         ("indirect", "there was no deal", "The IFTA", None),
         ("indirect", "firms to stay", "Grace Aid", None),
         ("indirect", "many workers could lose their jobs", "Grace Aid", None)],
        id="it-goes-to-a-charity-whose-name-opens-with-a-given-name"),
    pytest.param(
        "Sen. Ann Rowe, R-Ore., who faces a hard re-election fight in her home state, withdrew her endorsement of Dunn, saying he lacks the character to be governor.",
        [("indirect", "he lacks the character to be governor", "Ann Rowe", None)],
        id="saying-after-party-label-and-relative-aside"),
    pytest.param(
        "The party leader, Marie Dupont, voiced support for Tom Birch on Wednesday, saying his rival would bring conflict and poverty to the region.",
        [("indirect", "his rival would bring conflict and poverty to the region", "Marie Dupont", "The party leader")],
        id="saying-after-description-then-apposed-name"),
    pytest.param(
        "The next morning, Marie Dupont, however, left the village, saying nothing about the harvest.",
        [],
        id="opener-then-name-then-adverb-is-no-apposed-name"),
    pytest.param(
        "Asked whether the ferry fare was fair, 46 percent of riders said yes, while 30 percent said they did not know.",
        [("indirect", "yes", "46 percent of riders", None), ("indirect", "they did not know", "30 percent", None)],
        id="said-yes-is-a-short-answer-report"),
    pytest.param(
        "Senators are split on whether they would back the judge. Tom Hale said he would.",
        [("indirect", "he would", "Tom Hale", None)],
        id="said-he-would-is-a-short-answer-report"),
    pytest.param("Ann Rowe said so.", [], id="said-so-is-no-short-answer"),
    pytest.param("Tom Hale said it again.", [], id="said-it-again-is-no-short-answer"),
    pytest.param(
        "More than half of respondents in the Ferry Times poll said the town needs a second harbour.",
        [("indirect", "the town needs a second harbour", "More than half of respondents in the Ferry Times poll", None)],
        id="more-than-half-of-respondents-said"),
    pytest.param(
        "As the dock reopened, more than 4 in 10 said the fares would be too high.",
        [("indirect", "the fares would be too high", "more than 4 in 10", None)],
        id="more-than-4-in-10-said"),
    pytest.param("The harbour grew more than the fishermen said in their letters.", [], id="comparison-than-is-no-share"),
    pytest.param(
        "Voters view Ann Rowe as better prepared for the post, with 52 percent saying she is ready.",
        [("indirect", "she is ready", "52 percent", None)],
        id="with-share-saying"),
    pytest.param(
        "The town stayed calm, with the campaign of the former mayor saying Dunn was not a real conservative.",
        [("indirect", "Dunn was not a real conservative", "the campaign of the former mayor", None)],
        id="with-source-noun-saying"),
    pytest.param("The evening ended with the old dog saying nothing at all, as the rain fell on the roofs.", [],
                 id="with-other-phrase-saying-is-no-source"),
    pytest.param(
        "Dunn was defensive about not paying a builder who said he was shortchanged after he built a shed at the resort.",
        [("indirect", "he was shortchanged after he built a shed at the resort", None, None)],
        id="unnamed-noun-who-said-keeps-no-speaker"),
    pytest.param(
        "Almost half wanted an outsider, compared with three in 10 who said they wanted someone with experience.",
        [("indirect", "they wanted someone with experience", None, None)],
        id="count-who-said-keeps-no-speaker"),
    pytest.param("Voters who backed Rowe and those who said taxes mattered most backed Dunn by a wide margin.", [],
                 id="those-who-said-is-a-group-no-source"),
    pytest.param(
        "Other Republican candidates, including Ann Rowe and Tom Hale, have followed Mr. Dunn's lead, saying the mayor's history is a legitimate criticism.",
        [("indirect", "the mayor's history is a legitimate criticism", "Other Republican candidates, including Ann Rowe and Tom Hale", None)],
        id="saying-after-subject-with-including-list"),
    pytest.param("The old boats, including the Santa Rita, have rusted in the harbour, saying nothing of the storm.", [],
                 id="including-list-subject-with-no-clause"),
    pytest.param(
        "Ann Rowe, director of the harbour agency, said in a statement Tuesday that, if the claims are true, the ferry company is breaking the law.",
        [("indirect", "if the claims are true, the ferry company is breaking the law", "Ann Rowe", "director of the harbour agency")],
        id="said-in-a-statement-that-comma-subordinate-clause"),
    pytest.param("Rowe said in an interview that, frankly, nobody knew.", [], id="that-comma-adverb-is-no-subordinate-aside"),
    pytest.param(
        "Mayor Dana Whitcombe says she'd call the governor in and tell him “no more delays” on the bridge.",
        [("mixed", "she'd call the governor in and tell him “no more delays” on the bridge", "Dana Whitcombe", "Mayor")],
        id="verb-after-and-in-another-form-than-the-cue-belongs-to-the-report"),
    # negative: time words with a possessive are the reported clause's subject, not the cue's time
    pytest.param(
        "Lena Ostrova, for the Greens, said Tuesday night's vote showed the council had “lost its way”.",
        [("mixed", "Tuesday night's vote showed the council had “lost its way”", "Lena Ostrova", "for the Greens")],
        id="possessive-time-words-open-the-mixed-report"),
    pytest.param(
        "Harbor pilot Anton Merrow said the storm would pass and told reporters the port would reopen on Friday.",
        [("indirect", "the storm would pass", "Anton Merrow", "Harbor pilot"),
         ("indirect", "the port would reopen on Friday", "Anton Merrow", "Harbor pilot")],
        id="verb-after-and-in-the-cue-form-is-a-second-predicate"),
    pytest.param(
        "Rep. Alma Ferro of Vermont said Thursday her biggest worry about the bill is that it is “too vague.”",
        [("mixed", "her biggest worry about the bill is that it is “too vague.”", "Alma Ferro", None)],
        id="that-after-a-copula-completes-the-reported-subject"),
    pytest.param(
        "Rep. Alma Ferro told the Ledger on Monday how surprised she is that the bill passed.",
        [("indirect", "the bill passed", "Alma Ferro", None)],
        id="that-after-a-pronoun-and-copula-still-opens-the-report"),
    pytest.param(
        "Mayor Ned Brasco said on Monday night the ferry plan was “dead on arrival.”",
        [("mixed", "the ferry plan was “dead on arrival.”", "Ned Brasco", "Mayor")],
        id="time-words-after-the-cue-stay-out-of-a-mixed-report"),
    pytest.param(
        "Ferry captain Lena Oduya spoke to the crowd. Support for the levy in coastal states means "
        "“we will get our harbour back,” Oduya says.",
        [("mixed", "Support for the levy in coastal states means “we will get our harbour back,”", "Lena Oduya",
          "Ferry captain")],
        id="states-as-a-noun-in-the-lead-of-a-quoted-fragment"),
    pytest.param(
        "Ferry captain Lena Oduya spoke to the crowd. The new charter states that the harbour “belongs to all of us,” "
        "Oduya says.",
        [("mixed", "the harbour “belongs to all of us,”", "The new charter", None)],
        id="states-that-in-the-lead-is-a-cue-of-its-own"),
    pytest.param(
        "Councillor Ida Venn said the mayor was “dead wrong” when he said on Tuesday that the ferry would close.",
        [("mixed", "the mayor was “dead wrong” when he said on Tuesday that the ferry would close", "Ida Venn",
          "Councillor")],
        id="subordinate-clause-with-no-comma-keeps-a-later-report-inside"),
    pytest.param(
        "Councillor Ida Venn said the ferry was safe, while the mayor said on Tuesday that it would close.",
        [("indirect", "the ferry was safe", "Ida Venn", "Councillor"),
         ("indirect", "it would close", "the mayor", None)],
        id="contrast-after-a-comma-opens-a-second-source"),
    pytest.param(
        "Tom Budd spoke in Dayton on Monday. He’s comparing the new rules to the old zoning plan and says the mayor is ignoring the proper process.",
        [("indirect", "the mayor is ignoring the proper process", "Tom Budd", None)],
        id="contracted-pronoun-subject-and-says"),
    pytest.param(
        "Tom Budd spoke in Dayton on Monday. It’s comparing the new rules to the old zoning plan and says the mayor is ignoring the proper process.",
        [], id="contracted-it-is-no-speaker"),
    pytest.param(
        "A spokeswoman for Mayor Ann B. Rowe of Dayton defended the march route and said officers had drilled for months to handle crowds.",
        [("indirect", "officers had drilled for months to handle crowds", "A spokeswoman for Mayor Ann B. Rowe of Dayton", None)],
        id="long-spokeswoman-for-phrase-and-said"),
    pytest.param(
        "A bridge for Mayor Ann B. Rowe of Dayton opened the march route and said officers had drilled for months to handle crowds.",
        [], id="long-for-phrase-without-source-noun"),
    pytest.param(
        "The governor left no doubt of her support for the harbour plan, saying that it would bring jobs to the coast.",
        [("indirect", "it would bring jobs to the coast", "The governor", None)],
        id="left-as-past-predicate-before-saying"),
    pytest.param("The storm left no doubt about the damage, saying little about the future.", [],
                 id="left-after-non-source-with-no-clause"),
    pytest.param(
        "Marathoner Tom Rowe, who won a bronze medal at the games this year, drew wide notice to the army's abuses when he "
        "held up a green flag at the finish line in support of his fellow villagers; he says he fears going home and is seeking asylum.",
        [("indirect", "he fears going home and is seeking asylum", "Tom Rowe", "Marathoner")],
        id="long-run-before-cue-semicolon-clause"),
    pytest.param(
        "Monday, on a radio talk show in Salem, while commenting on the long drought in the valley and the fires that burned "
        "three farms and a school near the river, Governor Ann Rowe (D-Ore.) said the state would send more water trucks to the valley.",
        [("indirect", "the state would send more water trucks to the valley", "Ann Rowe", "Governor")],
        id="long-run-before-cue-name-after-last-comma"),
    pytest.param(
        "While farm groups like the Valley Growers League and the Northern Dairy Council praised the governor's latest attempt "
        "to fix the water rules and backed her view that local boards are best placed to share water, the rules said little "
        "about the question of wells.",
        [], id="long-run-before-cue-no-source-after-comma"),
    pytest.param(
        "Senator Ann Rowe spoke at length about the harbour, the new ferry terminal, the fishing fleet, the dredging work that "
        "has closed the north channel since spring and the price of diesel at the pumps along the coast, saying that the state "
        "must act before the winter storms arrive.",
        [("indirect", "the state must act before the winter storms arrive", "Ann Rowe", "Senator")],
        id="long-predicate-before-saying-keeps-opening-subject"),
    pytest.param(
        "The old ferry sat at the pier through the spring, the summer and the long autumn while crews repainted the hull, "
        "fixed the engines, replaced the seats and patched the deck near the stern, saying nothing of the rust.",
        [], id="long-predicate-before-saying-no-source"),
    pytest.param(
        "There, the county party chairman Tom Budd declined to name the delegates but said one was an open supporter of the mayor.",
        [("indirect", "one was an open supporter of the mayor", "Tom Budd", "the county party chairman")],
        id="there-comma-opener-before-subject-but-said"),
    pytest.param("There, the old river bends sharply near the mill and says little about the dry years.", [],
                 id="there-comma-opener-non-source-says-little"),
    pytest.param(
        "The Water Board barely three days ago said for the very first time that old pipes had burst under the square.",
        [("indirect", "old pipes had burst under the square", "The Water Board", None)],
        id="ago-time-phrase-between-subject-and-said"),
    pytest.param("Ann Rowe two weeks ago said the plan would fail.", [("indirect", "the plan would fail", "Ann Rowe", None)],
                 id="ago-time-phrase-after-name"),
    pytest.param("The idea that two weeks ago said nothing remains.", [], id="ago-time-phrase-with-no-report"),
    pytest.param(
        "Tom Hale spoke on Monday. While saying that he does admire Ms. Rowe, he continued to doubt her plan.",
        [("indirect", "he does admire Ms. Rowe", "Tom Hale", None)],
        id="opening-while-saying-pronoun-subject-after-comma"),
    pytest.param(
        "Ann Rowe wrote about the fall in her book. After saying her left knee was “so sore I could barely walk,” she was taken to the clinic.",
        [("mixed", "her left knee was “so sore I could barely walk,”", "Ann Rowe", None)],
        id="opening-after-saying-comma-inside-closing-mark"),
    pytest.param("After saying goodbye to the crew, Ann Rowe left the ship.", [], id="opening-after-saying-with-no-clause"),
    pytest.param(
        "The fight for control of Kestrel Rovers took a new twist after the club confirmed it had got a second bid.",
        [("indirect", "it had got a second bid", "the club", None)],
        id="source-noun-subject-of-after-clause-not-the-main-subject"),
    pytest.param(
        "The owner of the bakery that bought the club said it would appeal.",
        [("indirect", "it would appeal", "The owner of the bakery that bought the club", None)],
        id="source-noun-in-relative-clause-keeps-the-whole-subject"),
    pytest.param(
        "“Diners want their food in minutes,” says Mara Quint of software firm Telvana Data, which ran the poll.",
        [("direct", "Diners want their food in minutes,", "Mara Quint", None)],
        id="person-of-lower-case-noun-then-firm-name-is-the-person"),
    pytest.param(
        "“Diners want their food in minutes,” says Royal Bank of Scotland chief executive Mara Quint.",
        [("direct", "Diners want their food in minutes,", "Mara Quint", "Royal Bank of Scotland chief executive")],
        id="body-with-of-then-title-before-the-name-stays-a-role"),
    pytest.param(
        "Markets fell again. Harold Vint of Brellow Bank warned that the slump may last into next year.",
        [("indirect", "the slump may last into next year", "Harold Vint", "of Brellow Bank")],
        id="person-of-capitalised-body-is-the-person"),
    pytest.param(
        "Markets fell again. Holger Brandweil of Kesselmark, a small private bank, warned that the slump may last.",
        [("indirect", "the slump may last", "Holger Brandweil", "of Kesselmark")],
        id="person-of-body-without-dictionary-words-is-the-person"),
    pytest.param(
        "Markets fell again. Tollard Bank of Ossington warned that the slump may last into next year.",
        [("indirect", "the slump may last into next year", "Tollard Bank of Ossington", None)],
        id="body-of-place-stays-an-organisation"),
    pytest.param(
        "Harold Vint of Ossington and Mara Quint of Tollard said they would vote for the bill.",
        [("indirect", "they would vote for the bill", "Harold Vint of Ossington and Mara Quint of Tollard", None)],
        id="two-people-of-places-are-not-cut-to-the-first"),
    pytest.param(
        "Of all the groups who might resist the charms of Ann Lee, the members of the bakers' union would be the "
        "first. “We will not back her,” said Tom Roe.",
        [("direct", "We will not back her,", "Tom Roe", None)],
        id="a-clause-after-a-name-and-comma-is-no-apposition-role"),
    pytest.param(
        "Ann Lee, the self-styled, tireless champion of the harbour, met the board. “We will win,” Lee said.",
        [("direct", "We will win,", "Ann Lee", None)],
        id="an-adjective-cut-off-by-a-comma-is-no-apposition-role"),
    pytest.param(
        "Plus Greens have a weak map this year. Greens insist the tide is turning.",
        [("indirect", "the tide is turning", "Greens", None)],
        id="plus-opening-a-sentence-is-no-part-of-the-group"),
    pytest.param(
        "Ann Lee of Radio Plus said the tide is turning.",
        [("indirect", "the tide is turning", "Ann Lee", "of Radio Plus")],
        id="plus-inside-a-body-name-stays"),
    pytest.param(
        "Dan Fenn opened his new hotel, Fenn Harbour, on Friday. Fenn said the hotel had cost too much.",
        [("indirect", "the hotel had cost too much", "Dan Fenn", None)],
        id="surname-goes-to-the-person-not-to-a-name-opening-with-it"),
    pytest.param(
        "Zhou Minhao met Ann Lee on Friday. Zhou said the talks had gone well.",
        [("indirect", "the talks had gone well", "Zhou Minhao", None)],
        id="family-name-written-first-still-gives-the-full-name"),
    pytest.param(
        "Girl hurt in scuffle outside Ohio Fenn rally.\n\nAs front-runner Dan Fenn prepared to speak, a girl was hurt. "
        "Fenn said the girl was fine.",
        [("indirect", "the girl was fine", "Dan Fenn", None)],
        id="surname-goes-to-the-person-not-to-a-place-glued-to-it"),
    pytest.param(
        "Georgia Fenn won the seat in May. Dan Fenn, her brother, lost. Fenn said the vote had been fair.",
        [("indirect", "the vote had been fair", "Dan Fenn", None)],
        id="given-name-that-is-a-place-still-names-a-person"),
    pytest.param(
        "But the next day, according to Ann Lee, Fenn made further demands of the bank.",
        [("indirect", "Fenn made further demands of the bank", "Ann Lee", None)],
        id="according-to-after-conjunction-and-time-phrase-reports-what-follows"),
    pytest.param(
        "One Sunday in late 2003, according to a new book, Fenn called a meeting of the board.",
        [("indirect", "Fenn called a meeting of the board", "a new book", None)],
        id="according-to-after-count-and-day-reports-what-follows"),
    pytest.param(
        "The bank lost money, according to Ann Lee, and the board knew it.",
        [("indirect", "The bank lost money", "Ann Lee", None)],
        id="according-to-after-a-clause-reports-the-clause"),
    pytest.param(
        "As Ann Lee said goodbye, the crowd booed loudly.",
        [],
        id="said-goodbye-is-no-report"),
    pytest.param(
        "Ann Lee said grace before the meal, and Tom Roe said the food was cold.",
        [("indirect", "the food was cold", "Tom Roe", None)],
        id="said-grace-is-no-report-but-the-next-cue-is"),
    pytest.param(
        "Ann Lee said thanks to the tax cut, small firms had grown.",
        [("indirect", "thanks to the tax cut, small firms had grown", "Ann Lee", None)],
        id="said-thanks-to-opens-a-clause"),
    pytest.param(
        "Tom Roe became known in 2011 when he yelled “Not true!” at the governor.",
        [("direct", "Not true!", "Tom Roe", None)],
        id="yelled-right-before-the-marks-is-a-cue"),
    pytest.param(
        "Protesters chanted “Whose streets?” until midnight.",
        [("direct", "Whose streets?", "Protesters", None)],
        id="chanted-right-before-the-marks-is-a-cue"),
    pytest.param(
        "About fifty strikers had gathered by the gate on Friday, chanting “no deal, no work” at the lorries.",
        [],
        id="chanting-participle-right-before-the-marks-is-no-bare-cue"),
    pytest.param(
        "“We will win,” said Representative Tom Israel, a Democrat from Ohio. “They know it,” Israel said.",
        [("direct", "We will win,", "Tom Israel", "Representative"),
         ("direct", "They know it,", "Tom Israel", "Representative")],
        id="surname-that-is-a-place-after-a-given-name-is-the-person"),
    pytest.param(
        "Rep. Tom Israel (D-Ohio) said the vote was close.",
        [("indirect", "the vote was close", "Tom Israel", None)],
        id="honorific-given-name-and-place-surname-is-the-person"),
    pytest.param(
        "The Bank of Georgia said the vote was close.",
        [("indirect", "the vote was close", "The Bank of Georgia", None)],
        id="body-of-a-place-stays-the-body"),
    pytest.param(
        "“It is mainstream now,” said former Gov. Bill Roe of New Jersey, a Democrat who ran for president.",
        [("direct", "It is mainstream now,", "Bill Roe", "former Gov.")],
        id="former-title-name-of-home-is-the-person"),
    pytest.param(
        "“It is mainstream now,” said former members of the Bank of America.",
        [("direct", "It is mainstream now,", "former members of the Bank of America", None)],
        id="former-members-of-a-body-stay-a-description"),
    pytest.param(
        "Trade Minister Tom Rell told the radio that more was needed. He said the cash had not been paid.\n"
        "Debt is the summit's theme. At a lunch on Monday, former Kenyan president Amos Dube backed Mr Rell's plan "
        "when he urged the ministers to cancel the debt.",
        [("indirect", "more was needed", "Tom Rell", "Trade Minister"),
         ("indirect", "the cash had not been paid", "Tom Rell", "Trade Minister"),
         ("indirect", "the ministers to cancel the debt", "Amos Dube", "former Kenyan president")],
        id="pronoun-after-when-is-the-sentence-subject-not-the-last-speaker"),
    pytest.param(
        "Trade Minister Tom Rell told the radio that more was needed.\n"
        "The deal is crucial, he said after meeting Amos Dube aides, because he said the cash had not been paid.",
        [("indirect", "more was needed", "Tom Rell", "Trade Minister"),
         ("indirect", "the cash had not been paid", "Tom Rell", "Trade Minister")],
        id="pronoun-after-because-goes-on-when-the-sentence-has-it-already"),
    pytest.param(
        "Mayor Ilse Varga said the ferry plan was sound, although it is still too expensive.",
        [("indirect", "the ferry plan was sound, although it is still too expensive", "Ilse Varga", "Mayor")],
        id="although-with-a-present-verb-stays-in-the-report"),
    pytest.param(
        "Mayor Ilse Varga said the ferry plan was sound, although she refused to back it.",
        [("indirect", "the ferry plan was sound", "Ilse Varga", "Mayor")],
        id="although-with-the-speakers-past-act-ends-the-report"),
    pytest.param(
        "Mayor Ilse Varga said she would keep running, despite trailing in every poll.",
        [("indirect", "she would keep running, despite trailing in every poll", "Ilse Varga", "Mayor")],
        id="despite-with-a-gerund-stays-in-the-report"),
    pytest.param(
        "Mayor Ilse Varga said she would keep running, despite a few angry letters from voters.",
        [("indirect", "she would keep running", "Ilse Varga", "Mayor")],
        id="despite-with-a-noun-ends-the-report"),
    pytest.param(
        "Ann Kolby told NBC’s “Morning Roundup” on Monday the budget was a mess, with no end in sight.",
        [("indirect", "the budget was a mess, with no end in sight", "Ann Kolby", None)],
        id="told-a-titled-show-then-a-clause-reports-the-clause"),
    pytest.param(
        '"The budget is a mess," Ann Kolby told "Morning Roundup," reminding the hosts that the governor has vetoed it.',
        [("direct", "The budget is a mess,", "Ann Kolby", None)],
        id="told-a-titled-show-then-a-comma-reports-nothing-more"),
    pytest.param(
        '"The budget is a mess," Ann Kolby told "Morning Roundup" after she was asked about the vote.',
        [("direct", "The budget is a mess,", "Ann Kolby", None)],
        id="told-a-titled-show-then-a-subordinate-clause-reports-nothing-more"),
    pytest.param(
        "Nothing the mayor said “will calm the anger of the flooded families,” Rita Osei said.",
        [("mixed", "Nothing the mayor said “will calm the anger of the flooded families,”", "Rita Osei", None)],
        id="nothing-the-mayor-said-is-the-subject-of-the-lead-in"),
    pytest.param(
        "The mayor said the river “will calm down by Friday,” Rita Osei said.",
        [("mixed", "the river “will calm down by Friday,”", "The mayor", None)],
        id="a-cue-heading-the-lead-in-is-its-own"),
    pytest.param(
        "The inspector cannot say that the dam “will hold through another storm,” Rita Osei said.",
        [("mixed", "The inspector cannot say that the dam “will hold through another storm,”", "Rita Osei", None)],
        id="cannot-say-in-the-lead-in-is-no-cue-of-its-own"),
    pytest.param(
        "The inspector did say that the dam “will hold through another storm,” Rita Osei said.",
        [("mixed", "the dam “will hold through another storm,”", "The inspector", None)],
        id="did-say-in-the-lead-in-is-a-cue-of-its-own"),
    pytest.param(
        "The harvest fair, held every autumn in Dunmore, “brings the whole valley together,” said Tomas Reyl.",
        [("mixed", "The harvest fair, held every autumn in Dunmore, “brings the whole valley together,”",
          "Tomas Reyl", None)],
        id="lead-in-closed-by-a-comma-runs-on-into-a-lower-case-quote"),
    pytest.param(
        "Because of the long drought, “she does need a new well,” said Tomas Reyl.",
        [("direct", "she does need a new well,", "Tomas Reyl", None)],
        id="lead-in-closed-by-a-comma-before-a-pronoun-quote-stays-apart"),
    pytest.param(
        "House Democrats, hoping to stall the budget, walked out on Monday, saying the vote was rigged.",
        [("indirect", "the vote was rigged", "House Democrats", None)],
        id="participle-aside-after-the-subject-before-its-predicate-then-saying"),
    pytest.param(
        "House Democrats, searching for a way to reopen the debate over the levee, seized the floor on Monday "
        "and said they would stay until a vote.",
        [("indirect", "they would stay until a vote", "House Democrats", None)],
        id="long-participle-aside-after-the-subject-then-and-said"),
    pytest.param(
        "The old harbor, lasting for a century, crumbled on Monday, saying nothing about the town.",
        [],
        id="participle-aside-after-a-thing-gives-no-source"),
    pytest.param(
        "That person said the hostility the mayor faced hampered her work.",
        [("indirect", "the hostility the mayor faced hampered her work", "That person", None)],
        id="that-person-points-back-to-a-source"),
    pytest.param(
        "That official said the bridge would reopen on Monday.",
        [("indirect", "the bridge would reopen on Monday", "That official", None)],
        id="that-and-a-source-noun-points-back-to-a-source"),
    pytest.param(
        "That fact says the town has changed.",
        [],
        id="that-and-a-thing-noun-is-no-source"),
    pytest.param(
        "That letter, on the town council letterhead, demanded that the mayor apologize.",
        [],
        id="that-and-a-document-noun-with-a-demand-is-no-report"),
    pytest.param(
        "Will she stay in the party? (On Wednesday afternoon, Kolby's campaign manager said he expects her to stay for life.)",
        [("indirect", "he expects her to stay for life", "Kolby's campaign manager", None)],
        id="bracketed-sentence-with-an-opening-time-phrase-before-the-subject"),
    pytest.param(
        "The vote is close. (Kolby said the levy would pass.)",
        [("indirect", "the levy would pass", "Kolby", None)],
        id="bracket-closing-the-sentence-is-no-part-of-the-report"),
    pytest.param(
        "Kolby said the levy would hit the harbor (and the river).",
        [("indirect", "the levy would hit the harbor (and the river)", "Kolby", None)],
        id="bracket-opened-inside-the-report-closes-inside-it"),
    pytest.param(
        "Voters are split: 45% of farmers, 30% of teachers and 12% of nurses say that the plan would hurt them.",
        [("indirect", "the plan would hurt them", "45% of farmers, 30% of teachers and 12% of nurses", None)],
        id="list-of-shares-across-commas-is-one-subject"),
    pytest.param(
        "Most Democratic voters in Ohio, Iowa and Maine said they felt ignored by the party.",
        [("indirect", "they felt ignored by the party", "Most Democratic voters in Ohio, Iowa and Maine", None)],
        id="list-of-places-closing-a-subject-is-part-of-it"),
    pytest.param(
        "Farm groups, Ohio and Maine said the plan was unfair.",
        [("indirect", "the plan was unfair", "Ohio and Maine", None)],
        id="places-after-a-part-with-no-preposition-are-no-place-list"),
    pytest.param(
        "Half of Texas Republicans said they want lower taxes next year.",
        [("indirect", "they want lower taxes next year", "Half of Texas Republicans", None)],
        id="share-of-a-capitalised-group-is-a-description-not-a-name"),
    pytest.param(
        "Some of the fans who came was the writer Paul Dane, who said they were tired.",
        [("indirect", "they were tired", "Paul Dane", "the writer")],
        id="share-word-in-a-clause-naming-the-person-keeps-the-name"),
    pytest.param(
        "But research to be published this month by three economists suggests that the losses were larger.",
        [("indirect", "the losses were larger",
          "research to be published this month by three economists", None)],
        id="passive-participle-before-a-time-phrase-is-no-predicate"),
    pytest.param(
        "Aides to the mayor released a statement saying the roads are unsafe.",
        [("indirect", "the roads are unsafe", "Aides to the mayor", None)],
        id="past-verb-and-object-still-end-the-subject"),
    pytest.param(
        "Even Brazil, Lima's closest partner and its main trade route, said it was opposed to the move.",
        [("indirect", "it was opposed to the move", "Brazil", None)],
        id="possessive-apposition-after-the-subject-is-not-the-speaker"),
    pytest.param(
        "In Peru, Lima's mayor said the roads were unsafe.",
        [("indirect", "the roads were unsafe", "Lima's mayor", None)],
        id="possessive-subject-after-a-place-phrase-is-the-speaker"),
    pytest.param(
        "Increasingly, Lima's most loyal voters say the roads are unsafe.",
        [("indirect", "the roads are unsafe", "Lima's most loyal voters", None)],
        id="possessive-subject-after-a-sentence-adverb-is-the-speaker"),
    pytest.param(
        "\"The study was flawed,\" wrote Anna Pike, Ruth Dalton and Lee Marsh.",
        [("direct", "The study was flawed,", "Anna Pike, Ruth Dalton and Lee Marsh", None)],
        id="names-listed-after-the-cue-speak-together"),
    pytest.param(
        "\"The study was flawed,\" said Anna Pike, New York and Lee Marsh.",
        [("direct", "The study was flawed,", "Anna Pike", None)],
        id="a-place-in-the-list-after-the-cue-is-no-list-of-names"),
    pytest.param(
        "Tom Hale, Ann Vale and Bob Kim all said the bill was flawed.",
        [("indirect", "the bill was flawed", "Tom Hale, Ann Vale and Bob Kim", None)],
        id="floating-all-after-a-list-of-names-is-no-part-of-it"),
    pytest.param(
        "It was a strong pairing by the two leaders, as Mrs. Vale echoed the criticism, saying Mr. Reed is not in it for voters.",
        [("indirect", "Mr. Reed is not in it for voters", "Vale", None)],
        id="a-participle-after-an-as-clause-with-a-named-subject-is-that-subject-s"),
    pytest.param(
        "It was a long night, as the crowd waited outside, saying little.",
        [],
        id="a-participle-after-an-as-clause-with-no-named-subject-gives-no-report"),
    pytest.param(
        "\"I just don't trust him on this,\" Dora Finch, 67, a retired nurse in Dayton, Pa., said in a later interview.",
        [("direct", "I just don't trust him on this,", "Dora Finch", "a retired nurse in Dayton")],
        id="a-shortened-state-between-commas-does-not-end-the-speaker-after-a-quote"),
    pytest.param(
        "\"I just don't trust him on this,\" she said. Then we drove to Dayton, Pa. Dora Finch said nothing.",
        [],
        id="a-shortened-state-ending-a-sentence-still-ends-it"),
    pytest.param(
        "Then came the Valley Ledger's night editor Tom Hale, who, after a quarrel with Mr. Reed over Mr. Vale, "
        "said on a radio show that ''the party has lost its way.''",
        [("direct", "the party has lost its way.", "Tom Hale", "the Valley Ledger's night editor")],
        id="who-set-off-by-commas-before-an-aside-and-the-cue-gives-the-antecedent"),
    pytest.param(
        "''It was a test,'' said his friend, Dan Roe, who, like other club members, "
        "remembered Tom Vale and his boat.",
        [("direct", "It was a test,", "Dan Roe", "his friend")],
        id="who-and-an-aside-before-a-verb-that-is-no-cue-is-left-alone"),
    pytest.param(
        "The fans roared when Tom Hale saw a banner near the stage and asked it to be handed up.",
        [("indirect", "it to be handed up", "Tom Hale", None)],
        id="and-asked-goes-on-a-when-clause-with-a-named-subject-after-a-short-main-clause"),
    pytest.param(
        "Tom Hale smiled when Ann Vale arrived, and said the road was open.",
        [("indirect", "the road was open", "Tom Hale", None)],
        id="a-comma-before-and-said-returns-to-the-main-subject"),
    pytest.param(
        "The fans roared when the mayor arrived and said the road was open.",
        [("indirect", "the road was open", "The fans", None)],
        id="a-when-clause-with-no-named-subject-leaves-the-main-subject"),
    pytest.param(
        "A forecast by the research firm Dellow Analytics, prepared for the Grocers Guild, predicted that prices would rise.",
        [("indirect", "prices would rise", "A forecast by the research firm Dellow Analytics", None)],
        id="a-past-participle-for-aside-after-the-subject-is-no-speaker"),  # the record and its authors speak
    pytest.param(
        "Ann Lee, nominated for the award, said that prices would rise.",
        [("indirect", "prices would rise", "Ann Lee", None)],
        id="a-past-participle-for-aside-after-a-name-is-no-role"),
    pytest.param(
        "Ann Lee, head of the Grocers Guild, said that prices would rise.",
        [("indirect", "prices would rise", "Ann Lee", "head of the Grocers Guild")],
        id="an-apposition-with-no-participle-stays-the-role"),
    pytest.param(
        "Sens. Dax Hollis (D-Ore.), Zephrod Tully (D-Ohio) and Ron Vance (D-N.J.) all argued that the fees were unfair.",
        [("indirect", "the fees were unfair", "Sens. Dax Hollis, Zephrod Tully and Ron Vance", None)],
        id="a-list-of-names-with-party-tags-is-read-whole-without-the-tags"),
    pytest.param(
        "Rep. Zed Ray (D-Ohio) said that the fees were unfair.",
        [("indirect", "the fees were unfair", "Zed Ray", None)],
        id="one-name-with-a-party-tag-stays-the-name"),
    pytest.param(
        "Dax Hollis (ret.), Zephrod Tully (Ohio) and Ron Vance (N.J.) said that the fees were unfair.",
        [("indirect", "the fees were unfair", "Ron Vance", None)],
        id="brackets-that-are-no-party-tags-make-no-list-of-unknown-names"),
    pytest.param(
        "Tom Hale opened the forum saying \"of course\" Ann Vale can lead, but said he doubted her record on trade.",
        [("direct", "of course", "Tom Hale", None),
         ("indirect", "he doubted her record on trade", "Tom Hale", None)],
        id="a-name-after-a-quote-a-cue-introduces-is-inside-the-report-not-the-but-said-subject"),
    pytest.param(
        "When the band began playing \"Home Again,\" Ann Vale smiled but said she was tired.",
        [("indirect", "she was tired", "Ann Vale", None)],
        id="a-name-after-a-quoted-title-no-cue-introduces-is-the-but-said-subject"),
    pytest.param(
        "At the end, fans of them all said the bill was flawed.",
        [("indirect", "the bill was flawed", "fans of them all", None)],
        id="all-closing-a-phrase-with-no-list-of-names-stays"),
    pytest.param(
        "Tom Hale, the mayor, said the road was closed. Analysts noted that the group had planned the attack. "
        "\"We saw cars hit,\" he said.",
        [("indirect", "the road was closed", "Tom Hale", "the mayor"),
         ("indirect", "the group had planned the attack", "Analysts", None),
         ("direct", "We saw cars hit,", "Tom Hale", "the mayor")],
        id="plural-of-a-title-opening-a-sentence-is-a-group-not-he"),
    pytest.param(
        "Ann Vale, the mayor, said the road was closed. \"We saw cars hit,\" Woods said.",
        [("indirect", "the road was closed", "Ann Vale", "the mayor"),
         ("direct", "We saw cars hit,", "Woods", None)],
        id="surname-ending-in-s-stays-a-name"),
    pytest.param(
        "Ann Vale, the mayor, said the road was closed. The plan had no backing, according to a senior Tom Hale "
        "adviser. \"We saw cars hit,\" he said.",
        [("indirect", "the road was closed", "Ann Vale", "the mayor"),
         ("indirect", "The plan had no backing", "a senior Tom Hale adviser", None),
         ("direct", "We saw cars hit,", "a senior Tom Hale adviser", None)],
        id="name-inside-an-unnamed-speakers-description-does-not-take-his-pronoun"),
    pytest.param(
        "The Acme Party attacked the plan on Monday. \"The mayor failed the town,\" the article read. "
        "\"He must resign,\" it added.",
        [("direct", "The mayor failed the town,", "the article", None),
         ("direct", "He must resign,", "the article", None)],
        id="it-after-an-article-spoke-is-the-article"),
    pytest.param(
        "Tom Hale, the mayor, said the road was closed. \"The town failed,\" the article read. \"It must change,\" "
        "he added.",
        [("indirect", "the road was closed", "Tom Hale", "the mayor"),
         ("direct", "The town failed,", "the article", None),
         ("direct", "It must change,", "Tom Hale", "the mayor")],
        id="he-after-an-article-spoke-is-the-person-before-it"),
    pytest.param(
        "Central Asian leaders who have opposed the pact have embraced the idea, warning that the exit will "
        "weaken the union.",
        [("indirect", "the exit will weaken the union", "Central Asian leaders", None)],
        id="capitalised-words-before-a-plural-title-noun-qualify-the-doers-of-a-participle-cue"),
    pytest.param(
        "Former prosecutor Ann Vale has backed the plan, saying it will pass.",
        [("indirect", "it will pass", "Ann Vale", "Former prosecutor")],
        id="title-noun-before-a-name-still-gives-the-name"),
    pytest.param(
        "Vance and Kolby said the plan was bad.",
        [("indirect", "the plan was bad", "Vance and Kolby", None)],
        id="two-one-word-names-joined-by-and-speak-together"),
    pytest.param(
        "The board thanked Harlow and Kolby said the plan was bad.",
        [("indirect", "the plan was bad", "Kolby", None)],
        id="one-word-names-joined-after-a-clause-are-no-pair"),
    pytest.param(
        "While the mayor has condemned the plan, the unions who wrote to her on Friday say they are worried.",
        [("indirect", "they are worried", "the unions who wrote to her on Friday", None)],
        id="relative-clause-verb-inside-the-subject-is-no-clause-of-its-own"),
    pytest.param(
        "Police arrested a man who threatened the mayor, officials said.",
        [("indirect", "Police arrested a man who threatened the mayor", "officials", None)],
        id="relative-clause-after-a-clause-with-its-own-verb-stays-reported"),
    pytest.param(
        "Other Democrats said the plan was bad.",
        [("indirect", "the plan was bad", "Other Democrats", None)],
        id="other-before-a-plural-group-word-is-part-of-the-group"),
    pytest.param(
        "Fellow Ann Vale said the plan was bad.",
        [("indirect", "the plan was bad", "Ann Vale", "Fellow")],
        id="fellow-before-a-persons-name-stays-apart"),
    pytest.param(
        "Ann Lee, Tom Baker and Rita Moss have all voted against the levy and say it would hurt the farmers.",
        [("indirect", "it would hurt the farmers", "Ann Lee, Tom Baker and Rita Moss", None)],
        id="list-of-names-closed-by-and-is-the-subject-of-a-second-predicate"),
    pytest.param(
        "Ann Lee, the mayor, voted against the levy and said it would hurt the farmers.",
        [("indirect", "it would hurt the farmers", "Ann Lee", "the mayor")],
        id="name-and-apposition-is-no-list-of-names"),
    pytest.param(
        "Kolby went on the attack, tweeting and emailing a clip of Vance on \"Morning Talk\" from 1999, in which "
        "Vance called himself \"very green.\"",
        [("mixed", "himself \"very green.\"", "Vance", None)],
        id="verb-coordinated-with-a-participle-cue-is-no-report"),
    pytest.param(
        "Kolby went on the offensive, tweeting that Vance had lied about the levy.",
        [("indirect", "Vance had lied about the levy", "Kolby", None)],
        id="participle-cue-before-its-clause-still-reports"),
    pytest.param(
        "Majorities of growers in three counties going to the vote Monday say they will back the levy.",
        [("indirect", "they will back the levy",
          "Majorities of growers in three counties going to the vote Monday", None)],
        id="plural-cue-noun-after-a-count-and-the-time-of-a-participle-stay-in-the-subject"),
    pytest.param(
        "Farmers in all 50 states say the levy is too high.",
        [("indirect", "the levy is too high", "Farmers in all 50 states", None)],
        id="plural-cue-noun-after-a-number-is-a-noun"),
    pytest.param(
        "The report states that the bridge is unsafe.",
        [("indirect", "the bridge is unsafe", "The report", None)],
        id="plural-cue-form-after-a-noun-is-still-the-verb"),
    pytest.param(
        "The council on Tuesday said the levy would pass.",
        [("indirect", "the levy would pass", "The council", None)],
        id="time-after-the-subject-is-still-no-part-of-it"),
    pytest.param(
        "Kolby has argued for the past two years the bridge is unsafe.",
        [("indirect", "the bridge is unsafe", "Kolby", None)],
        id="duration-after-the-cue-before-a-bare-clause"),
    pytest.param(
        "Kolby has campaigned for years for a new bridge.",
        [],
        id="duration-after-a-verb-of-no-speech-is-no-report"),
    pytest.param(
        "The files were released after a request by the Dayton Courier, which argued that the mayor's bid made them "
        "a public matter.",
        [("indirect", "the mayor's bid made them a public matter", "Dayton Courier", None)],
        id="which-after-a-named-body-and-its-comma-reports-the-body"),
    pytest.param(
        "Kolby ordered a review of the voting law, first reported by the Dayton Courier, which concluded that "
        "there are ways to limit the threat.",
        [],
        id="which-after-a-name-in-a-by-phrase-of-a-participle-is-no-report-of-the-name"),
    pytest.param(
        "Kolby spoke at length about the bridge, which said nothing to the crowd.",
        [],
        id="which-after-a-common-noun-is-no-named-source"),
    pytest.param(
        "On November 18, the Dayton Daily News suggested the floods expose the weak levees of the city.",
        [("indirect", "the floods expose the weak levees of the city", "the Dayton Daily News", None)],
        id="the-and-a-capitalised-name-after-an-opener-is-a-named-source"),
    pytest.param(
        "Last month, the Dayton Daily News warned county officials to boost their security.",
        [],
        id="the-and-a-capitalised-name-before-an-object-and-infinitive-is-no-report"),
    pytest.param(
        "Kolby won the county primary, the Dayton Daily News declared on Friday, three days after the vote.",
        [("indirect", "Kolby won the county primary, the Dayton Daily News declared on Friday, three days after the vote",
          "the Dayton Daily News", None)],
        id="the-and-a-capitalised-name-after-a-mid-sentence-cue-reports-no-tail"),
    pytest.param(
        "Mr. Kolby, citing ''the old charm of Dayton,'' said the mayor could easily win the county.",
        [("direct", "the old charm of Dayton,", "Kolby", None),
         ("indirect", "the mayor could easily win the county", "Kolby", None)],
        id="aside-participle-quote-in-two-apostrophes-leaves-the-subject"),
    pytest.param(
        "''We will win,'' Mr. Kolby said.",
        [("direct", "We will win,", "Kolby", None)],
        id="quote-in-two-apostrophes-before-its-cue-is-no-aside"),
    pytest.param(
        "But pollster Ann Moss said Kolby, despite his wealth, is better placed to win the county.",
        [("indirect", "Kolby, despite his wealth, is better placed to win the county", "Ann Moss", "pollster")],
        id="concessive-aside-after-the-reports-subject-stays-in-the-report"),
    pytest.param(
        "Moss said Kolby lost the county vote, despite his wealth, and left early.",
        [("indirect", "Kolby lost the county vote", "Moss", None)],
        id="concessive-aside-after-the-reports-predicate-still-ends-it"),
    pytest.param(
        "Lamb left to work for the fund R.K. Bale & Co. Odell adviser Tom Reed took a job at a bank.\n"
        "Later, Odell announced the war would not end soon.",
        [("indirect", "the war would not end soon", "Odell", None)],
        id="firm-abbreviation-ending-a-firm-is-no-first-name-of-the-next-word"),
    pytest.param(
        "Acme Inc. Chief Executive Tom Reed said the firm would grow.",
        [("indirect", "the firm would grow", "Tom Reed", "Acme Inc. Chief Executive")],
        id="firm-abbreviation-inside-a-title-run-stays-in-the-role"),
    pytest.param(
        "Reyes wrote to his 30,000 Twitter followers, “It is time to end her tenure for good,” and posted a link.",
        [("direct", "It is time to end her tenure for good,", "Reyes", None)],
        id="number-with-group-commas-in-the-hearer-phrase-is-one-word-of-the-lead"),
    pytest.param(
        "Reyes wrote about the 20,000 jobs lost in the town over the long winter, “It is time to end her career,” and left.",
        [],
        id="long-lead-after-the-cue-with-a-grouped-number-is-still-no-lead"),
    pytest.param(
        "Where is the money to come from? In his 2004 book, “Raise Your Child a Rich Man,” Tom Reed suggested "
        "that parents save early.",
        [("indirect", "parents save early", "Tom Reed", None)],
        id="title-case-words-in-marks-after-a-book-noun-are-its-title"),
    pytest.param(
        "Papers have been reading the new book, “Broken Land: How to Mend a Nation Again,” in which Reyes attacks the press.",
        [],
        id="a-works-title-with-its-subtitle-in-marks-is-no-quote"),
    pytest.param(
        "Reyes wrote in his book, “We need better roads now,” and he meant it.",
        [("direct", "We need better roads now,", "Reyes", None)],
        id="a-sentence-in-marks-after-a-book-noun-is-a-quote"),
    pytest.param(
        "On the island, 50 pledged delegates and six superdelegates were at stake, and Reyes was expected to win most.",
        [],
        id="participle-between-a-number-and-a-plural-noun-is-no-cue"),
    pytest.param(
        "Of the members, 60 pledged to back Reyes, officials said.",
        [("indirect", "Of the members, 60 pledged to back Reyes", "officials", None)],
        id="number-then-a-cue-then-to-is-still-no-counted-noun"),
    pytest.param(
        "“We need real change,” Reyes told a crowd at the Blue Door that spilled out into the street.",
        [("direct", "We need real change,", "Reyes", None)],
        id="that-and-a-verb-and-a-particle-after-the-hearer-is-a-relative-clause"),
    pytest.param(
        "Reyes told reporters that rigged elections are a threat.",
        [("indirect", "rigged elections are a threat", "Reyes", None)],
        id="that-and-a-participle-noun-phrase-after-the-hearer-is-the-report"),
    pytest.param(
        "Yates, by contrast, told AP he was partnering with Reyes and that both were paid.",
        [("indirect", "he was partnering with Reyes and that both were paid", "Yates", None)],
        id="and-that-after-a-clause-begun-after-the-hearer-is-its-second-part"),
    pytest.param(
        "Gates told reporters and that was that.",
        [],
        id="and-that-after-a-bare-hearer-opens-no-report"),
    pytest.param(
        "Yates told CNN it was over.",
        [("indirect", "it was over", "Yates", None)],
        id="named-hearer-then-a-pronoun-and-a-copula-is-the-report"),
    pytest.param(
        "“People make all these claims,” Ann Vale said, a hint of anger in her voice.",
        [("direct", "People make all these claims,", "Ann Vale", None)],
        id="indefinite-cue-noun-phrase-without-a-verb-after-said-is-an-aside"),
    pytest.param(
        "Ann Vale said, a report would be out soon.",
        [("indirect", "a report would be out soon", "Ann Vale", None)],
        id="indefinite-cue-noun-with-a-verb-after-said-is-the-report"),
    pytest.param(
        "Marvin Pell, a broker, said the firm had threatened him. Carla Dunmore sued the firm too.\n"
        "Like Dunmore, the former customer, Pell doesn't want to fight anymore.\n"
        "\"I'm 70, and I don't want that again,\" he said.",
        [("indirect", "the firm had threatened him", "Marvin Pell", "a broker"),
         ("direct", "I'm 70, and I don't want that again,", "Marvin Pell", "a broker")],
        id="the-object-of-an-opening-like-is-not-the-subject-the-pronoun-goes-on"),
    pytest.param(
        "Marvin Pell, a broker, said the firm had threatened him.\n"
        "Carla Dunmore, the former customer, doesn't want to fight anymore.\n"
        "\"I'm 70, and I don't want that again,\" she said.",
        [("indirect", "the firm had threatened him", "Marvin Pell", "a broker"),
         ("direct", "I'm 70, and I don't want that again,", "Carla Dunmore", "the former customer")],
        id="a-sentence-opening-with-a-name-gives-the-pronoun-its-subject"),
    pytest.param(
        "Stuart Law, who runs the fund, said donors were eager. Tom Hale, an aide, said it would spend more.\n"
        "Donors want to give much more, Law said.\n"
        "\"We see a flight to safety,\" he said.",
        [("indirect", "donors were eager", "Stuart Law", "who runs the fund"),
         ("indirect", "it would spend more", "Tom Hale", "an aide"),
         ("indirect", "Donors want to give much more", "Stuart Law", "who runs the fund"),
         ("direct", "We see a flight to safety,", "Stuart Law", "who runs the fund")],
        id="a-surname-that-is-a-common-word-is-the-known-persons"),
    pytest.param(
        "Tom Hale, an aide, said the Church would help. Donors want to do much more, Church said.",
        [("indirect", "the Church would help", "Tom Hale", "an aide"),
         ("indirect", "Donors want to do much more", "Church", None)],
        id="a-body-word-speaking-with-no-person-of-that-surname-stays-a-body"),
    pytest.param(
        "The clerk first said he could not remember the deletions, but in a second interview said he had panicked.",
        [("indirect", "he could not remember the deletions", "The clerk", None),
         ("indirect", "he had panicked", "The clerk", None)],
        id="an-occasion-between-but-and-a-second-cue-is-no-subject"),
    pytest.param(
        "The clerk denied it, and in a statement the firm said he had panicked.",
        [("indirect", "he had panicked", "the firm", None)],
        id="an-occasion-before-a-subject-of-its-own-keeps-that-subject"),
    pytest.param(
        "Jim Hart is a shy man. He struggles with a plain task - boasting - conceding that, if he does, he feels uneasy.",
        [("indirect", "if he does, he feels uneasy", "Jim Hart", None)],
        id="a-participle-after-a-dash-aside-is-the-subjects-not-the-object-of-with"),
    pytest.param(
        "The debate ended with Lee asking whether the plan was legal.",
        [("indirect", "whether the plan was legal", "Lee", None)],
        id="a-participle-right-after-the-object-of-with-is-that-objects"),
    pytest.param(
        "\"Europe is falling apart,\" said Marit in 't Hout, a Dutch lawmaker.",
        [("direct", "Europe is falling apart,", "Marit in 't Hout", "a Dutch lawmaker")],
        id="a-dutch-in-t-particle-stays-inside-the-name"),
    pytest.param(
        "\"Europe is falling apart,\" said Marit Hout in Brussels.",
        [("direct", "Europe is falling apart,", "Marit Hout", None)],
        id="in-after-a-name-without-t-ends-the-name"),
    pytest.param(
        "Norway's state-owned energy giant NORCO runs an oil field in Ghana and says it has set up a fund.",
        [("indirect", "it has set up a fund", "Norway's state-owned energy giant NORCO", None)],
        id="a-possessed-body-named-by-its-initials-before-a-present-verb-speaks"),
    pytest.param(
        "A newly created super PAC called Future Now ran its first ads in Iowa.",
        [],
        id="an-indefinite-body-with-initials-before-called-is-no-speaker"),
    pytest.param(
        "Other former FBI officers with no knowledge of the case chafed at that and said seeking help was right.",
        [("indirect", "seeking help was right", "Other former FBI officers with no knowledge of the case", None)],
        id="a-plural-noun-after-initials-is-no-present-verb"),
    pytest.param(
        "The lifelong Democrat who wrote the bitter letter read by the sister of one of the sailors says he won't back Tom Roe.",
        [("indirect", "he won't back Tom Roe", "The lifelong Democrat", None)],
        id="who-wrote-a-speech-inside-the-subject-of-a-later-says-is-no-report"),
    pytest.param(
        "The aide who said the plan would fail says he won't vote.",
        [("indirect", "he won't vote", "The aide who said the plan would fail", None)],
        id="who-said-a-clause-before-a-later-says-stays-as-it-was"),
    pytest.param(
        "Soon after, Ann Lee wrote to the board, saying the plan was bad.",
        [("indirect", "the plan was bad", "Ann Lee", None)],
        id="an-opening-soon-after-is-no-subject-of-a-participle-cue"),
    pytest.param(
        "On Monday, Ann Lee wrote to the board, saying the plan was bad.",
        [("indirect", "the plan was bad", "Ann Lee", None)],
        id="an-opening-time-phrase-is-no-subject-of-a-participle-cue"),
    pytest.param(
        'One Republican official who witnessed the exchange said Lee quieted the room, telling his colleagues, '
        '"We have to remember that Roe has been good to us."',
        [("indirect", "Lee quieted the room", "One Republican official who witnessed the exchange", None),
         ("direct", "We have to remember that Roe has been good to us.",
          "One Republican official who witnessed the exchange", None)],
        id="a-relative-verb-inside-the-subject-before-its-cue-is-no-predicate"),
    pytest.param(
        "One of Lee's former backers who still supports Roe, former mayor Ann Vale, lives in the district and wrote "
        "in an email that the race was sad.",
        [("indirect", "the race was sad", "One of Lee's former backers", None)],
        id="a-relative-clause-closed-by-a-comma-keeps-the-phrase-before-it"),
    pytest.param(
        "The ferry service will stop in May. A harbour board spokeswoman confirmed the timetable was under review. "
        "\"No date was ever set,\" she said.",
        [("indirect", "the timetable was under review", "A harbour board spokeswoman", None),
         ("direct", "No date was ever set,", "A harbour board spokeswoman", None)],
        id="an-indefinite-body-spokeswoman-is-a-speaker-even-after-a-weak-cue"),
    pytest.param(
        "A regional office confirmed the timetable was under review.",
        [],
        id="an-indefinite-subject-without-a-speaking-head-stays-no-source-for-a-weak-cue"),
    pytest.param(
        "This spring marks Tom Barlow's tenth season at the mill. \"The noise is the best part,\" he says. "
        "\"Every shift feels new.\"",
        [("direct", "The noise is the best part,", "Tom Barlow", None),
         ("direct", "Every shift feels new.", "Tom Barlow", None)],
        id="a-he-no-known-person-takes-goes-to-the-full-name-in-a-possessive-before-it"),
    pytest.param(
        "At a briefing, Mayor Tom Barlow's chief aide said the levy was needed. \"The levy stays,\" he said.",
        [("indirect", "the levy was needed", "Mayor Tom Barlow's chief aide", None)],
        id="a-possessor-inside-the-subject-of-a-report-between-is-no-referent"),
    pytest.param(
        "Ann Lee said the ferry plan was sound, whilst Tom Hale said it would fail.",
        [("indirect", "the ferry plan was sound", "Ann Lee", None),
         ("indirect", "it would fail", "Tom Hale", None)],
        id="british-whilst-and-a-second-source-ends-the-report-as-while-does"),
    pytest.param(
        "Ann Lee said the ferry plan was sound, whilst admitting it was costly.",
        [("indirect", "the ferry plan was sound", "Ann Lee", None),
         ("indirect", "it was costly", "Ann Lee", None)],
        id="british-whilst-and-a-participle-cue-reports-its-own-clause"),
    pytest.param(
        "Ann Lee said the ferry plan was sound whilst fares were falling.",
        [("indirect", "the ferry plan was sound whilst fares were falling", "Ann Lee", None)],
        id="british-whilst-with-no-comma-stays-inside-the-report"),
    pytest.param(
        "She won the heat in record time. \"I am so happy,\" a tearful Jane Barlow told BBC Sport.",
        [("direct", "I am so happy,", "Jane Barlow", None)],
        id="an-article-and-an-adjective-before-the-name-is-a-mood-not-a-role"),
    pytest.param(
        "\"Rates will rise,\" said Jane Barlow, an economist.",
        [("direct", "Rates will rise,", "Jane Barlow", "an economist")],
        id="an-article-and-a-noun-after-the-name-stays-the-role"),
    pytest.param(
        "Farmers in the valley fear the drought. Alan Pike told BBC Radio Kelso's Good Morning Borders programme: "
        "\"We have not seen rain like this for forty years.\"",
        [("direct", "We have not seen rain like this for forty years.", "Alan Pike", None)],
        id="a-long-programme-name-told-before-a-colon-leaves-the-cue-in-reach"),
    pytest.param(
        "Farmers in the valley fear the drought. Alan Pike told his neighbours in the old barn at the far end of "
        "the farm: \"We have not seen rain like this.\"",
        [("direct", "We have not seen rain like this.", "Alan Pike", None)],
        id="a-long-lower-case-tail-after-told-is-no-programme-name-but-a-plain-hearer-and-place"),
    pytest.param(
        "Farmers in the valley fear the drought. On Radio Kelso's Evening Desk programme Tom Lane said the harvest "
        "would be the worst in a decade.",
        [("indirect", "the harvest would be the worst in a decade", "Tom Lane", None)],
        id="a-named-programme-before-the-name-is-no-role"),
    pytest.param(
        "Farmers in the valley fear the drought. Ella Moss, host of Radio Kelso's farming show, said the harvest "
        "would be the worst in a decade.",
        [("indirect", "the harvest would be the worst in a decade", "Ella Moss", "host of Radio Kelso's farming show")],
        id="the-host-of-a-show-keeps-the-role"),
    pytest.param(
        "For Carl Moody, head of sound at a small studio, the future is bright. He has worked on Chasing Comets, "
        "The Longest Night and Nebraska Blues. \"Sound has changed beyond recognition,\" he told reporters. "
        "Mr Moody expects more change.",
        [("direct", "Sound has changed beyond recognition,", "Carl Moody", "head of sound at a small studio")],
        id="works-named-after-the-person-leave-he-to-the-one-person-of-his-gender"),
    pytest.param(
        "For Carl Moody, head of sound at a small studio, the future is bright. Film director Kofi Mensah agrees. "
        "\"Sound has changed beyond recognition,\" he told reporters. Mr Moody expects more change.",
        [("direct", "Sound has changed beyond recognition,", "Kofi Mensah", "Film director")],
        id="a-titled-person-named-after-him-is-no-work-and-keeps-the-pronoun"),
    pytest.param(
        "Mr Hale was later cleared by the inquiry. A Ministry of Transport spokeswoman confirmed the review had "
        "ended. \"No date was ever set,\" she said.",
        [("indirect", "the review had ended", "A Ministry of Transport spokeswoman", None),
         ("direct", "No date was ever set,", "A Ministry of Transport spokeswoman", None)],
        id="a-spokeswoman-after-a-body-name-with-a-preposition-keeps-her-gender"),
    pytest.param(
        "Chancellor Ed Barr unveiled the budget on Monday. Finance chief Ann Cole said it was fair. Tory leader "
        "Tom Hale accused the PM and Mr Barr of \"running scared\". He told Sky News: \"They have no plan at all.\"",
        [("indirect", "it was fair", "Ann Cole", "Finance chief"),
         ("direct", "They have no plan at all.", "Tom Hale", "Tory leader")],
        id="he-after-a-sentence-whose-subject-accused-a-man-is-the-subject-not-the-object"),
    pytest.param(
        "Chancellor Ed Barr unveiled the budget on Monday. Finance chief Ann Cole said it was fair. Tory leader "
        "Tom Hale met the PM. Mr Barr was absent. He told Sky News: \"They have no plan at all.\"",
        [("indirect", "it was fair", "Ann Cole", "Finance chief"),
         ("direct", "They have no plan at all.", "Ed Barr", "Chancellor")],
        id="a-man-who-is-the-subject-of-his-own-sentence-keeps-he"),
    pytest.param(
        "In an interview, Ann Lee slated comedian Tom Roe for his \"cheap\" jokes.\n\n\"It is a shame people cannot "
        "write a proper script,\" she said. And last week Lazy Days star Dan Dole criticised British TV for being "
        "\"too safe\". \"We must not dumb down for the viewers,\" he said.",
        [("direct", "It is a shame people cannot write a proper script,", "Ann Lee", None),
         ("direct", "We must not dumb down for the viewers,", "Dan Dole", "star")],
        id="he-goes-to-the-titled-subject-named-after-the-man-she-criticised"),
    pytest.param(
        "In an interview, Ann Lee slated comedian Tom Roe for his \"cheap\" jokes.\n\n\"It is a shame people cannot "
        "write a proper script,\" she said. And last week British TV dropped a show with Dan Dole for being "
        "\"too safe\". \"We must not dumb down for the viewers,\" he said.",
        [("direct", "It is a shame people cannot write a proper script,", "Ann Lee", None),
         ("direct", "We must not dumb down for the viewers,", "Tom Roe", "comedian")],
        id="a-man-named-in-passing-with-no-title-does-not-take-he-from-the-known-man"),
    pytest.param(
        "Last week Dan Dole criticised Marlow Radio. \"We must not dumb down for the viewers,\" he said.",
        [("direct", "We must not dumb down for the viewers,", "Dan Dole", None)],
        id="a-name-ending-in-radio-is-a-station-not-a-second-man"),
    pytest.param(
        "Last week Lazy Days star Dan Dole criticised British TV. \"We must not dumb down for the viewers,\" he said.",
        [("direct", "We must not dumb down for the viewers,", "Dan Dole", "star")],
        id="a-show-read-as-a-name-leaves-he-to-the-titled-man"),
    pytest.param(
        "Last week Lazy Days star Dan Dole criticised actor Tom Price. \"We must not dumb down for the viewers,\" he "
        "said.",
        [],
        id="two-titled-men-leave-a-first-he-open"),
    pytest.param(
        "The Tory leader spoke about tax. In the Weekly Gazette interview Tom Roe said: \"I believe the rate should "
        "fall.\"",
        [("direct", "I believe the rate should fall.", "Tom Roe", None)],
        id="the-interview-he-spoke-in-is-no-role"),
    pytest.param(
        "\"I believe the rate should fall,\" said Tom Roe, the Weekly Gazette columnist.",
        [("direct", "I believe the rate should fall,", "Tom Roe", "the Weekly Gazette columnist")],
        id="a-columnist-of-a-paper-keeps-the-role"),
    pytest.param(
        "Tom Roe said the plan was sound. The Green Alliance called it \"a start\" and Mr Roe said it would grow.",
        [("indirect", "the plan was sound", "Tom Roe", None),
         ("mixed", "it \"a start\"", "The Green Alliance", None),
         ("indirect", "it would grow", "Tom Roe", None)],
        id="a-quoted-fragment-then-a-clause-with-its-own-subject-keeps-that-subject"),
    pytest.param(
        "To mark the reopening of the old harbour, Jan Vos - its keeper for thirty years - looks back.\n\n"
        "Vos worked at the harbour from 1970.\n\n"
        ": \"I arrived in the spring and the first ship I saw was a whaler.\"\n\n"
        ": The winters were hard. \"We had ice on the ropes for weeks on end.\"",
        [("direct", "I arrived in the spring and the first ship I saw was a whaler.", "Jan Vos", None),
         ("direct", "We had ice on the ropes for weeks on end.", "Jan Vos", None)],
        id="answers-after-a-dropped-label-colon-are-the-interviewees"),
    pytest.param(
        "To mark the reopening of the old harbour, Jan Vos - its keeper for thirty years - looks back.\n\n"
        "Vos worked at the harbour from 1970.\n\n"
        "\"I arrived in the spring and the first ship I saw was a whaler.\"",
        [],
        id="a-cueless-quote-with-no-label-colon-stays-unattributed"),
    pytest.param(
        "Blogs are booming. Lark Internet & Civic Life says a blog is started every five seconds.",
        [("indirect", "a blog is started every five seconds", "Lark Internet & Civic Life", None)],
        id="two-words-after-an-ampersand-close-a-body-not-a-person"),
    pytest.param(
        "Blogs are booming. Tom Roe & Ann Lee say a blog is created every six seconds.",
        [("indirect", "a blog is created every six seconds", "Ann Lee", None)],
        id="a-given-name-after-an-ampersand-is-still-a-person"),
    pytest.param(
        "Backers of the plan say it costs little. As Ms. Nora Vell put it in a note to the council in June, "
        "the plan is \u201ca lifeline for small farms.\u201d",
        [("indirect", "it costs little", "Backers of the plan", None),
         ("mixed", "the plan is \u201ca lifeline for small farms.\u201d", "Nora Vell", None)],
        id="an-opening-as-x-put-it-clause-with-an-adverbial-names-the-source-of-the-clause-after-it"),
    pytest.param(
        "Backers of the plan say it costs little. As prices rose, farmers put it in the bank in June, and the plan "
        "is \u201ca lifeline.\u201d",
        [("indirect", "it costs little", "Backers of the plan", None)],
        id="put-it-after-an-as-clause-of-its-own-is-no-as-x-put-it-cue"),
    pytest.param(
        "Ada Brun said the port was safe. She said that divers had found the hull was sound, to which Carl Moss "
        "interjected: \"That is simply false.\" He said the divers never went down.",
        [("indirect", "the port was safe", "Ada Brun", None),
         ("indirect", "divers had found the hull was sound", "Ada Brun", None),
         ("direct", "That is simply false.", "Carl Moss", None),
         ("indirect", "the divers never went down", "Carl Moss", None)],
        id="a-colon-quote-after-to-which-x-cue-ends-the-report-before-it"),
    pytest.param(
        "Ada Brun said the port was safe. She said the plan, to which Carl Moss objected, was sound and that the vote was fair.",
        [("indirect", "the port was safe", "Ada Brun", None),
         ("indirect", "the plan, to which Carl Moss objected, was sound and that the vote was fair", "Ada Brun", None)],
        id="a-to-which-aside-with-no-colon-quote-stays-in-the-report"),
    pytest.param(
        "Mr. Dale Orr attacked her record. He tells crowds she may be fined over her travel fund (the size of which, "
        "many donors say, reflects a habit of waste that now hurts her). It was late.",
        [("indirect", "she may be fined over her travel fund", "Dale Orr", None),
         ("indirect", "reflects a habit of waste that now hurts her", "many donors", None)],
        id="a-bracket-with-its-own-inverted-source-after-a-report-is-that-source-s-report"),
    pytest.param(
        "Mr. Dale Orr said she may be fined over her fund (which, he said, was large). It was late.",
        [("indirect", "she may be fined over her fund (which, he said, was large)", "Dale Orr", None)],
        id="a-bracket-with-a-pronoun-cue-stays-in-the-report"),
    pytest.param(
        "Mr. Dan Holt said the vote was rigged. Later on ''Morning Hour,'' Senator Ben Carr questioned Mr. Holt's "
        "honesty. He called him a ''serial liar'' for repeating the claim.",
        [("indirect", "the vote was rigged", "Dan Holt", None),
         ("mixed", "him a ''serial liar'' for repeating the claim", "Ben Carr", "Senator")],
        id="a-programme-title-in-marks-leaves-the-previous-sentence-s-subject-the-pronoun-s-referent"),
    pytest.param(
        "Mr. Dan Holt said the vote was rigged. Later on ''Morning Hour,'' Senator Ben Carr read out ''the ballots "
        "were burned'' from a letter. He called the vote a ''stolen race'' at noon.",
        [("indirect", "the vote was rigged", "Dan Holt", None),
         ("mixed", "the vote a ''stolen race'' at noon", "Dan Holt", None)],
        id="a-previous-sentence-quoting-words-is-no-narrative-subject-for-the-pronoun"),
    pytest.param(
        "The late show gets new hosts. \"Our show is a fixture of the week,\" says TB, also known as Tom Barlow. "
        "\"People listened for years.\"\nThe pair start next month. \"We are a double act,\" Barlow says.",
        [("direct", "Our show is a fixture of the week,", "Tom Barlow", None),
         ("direct", "People listened for years.", "Tom Barlow", None),
         ("direct", "We are a double act,", "Tom Barlow", None)],
        id="a-short-name-also-known-as-a-full-name-is-one-person-by-the-full-name"),
    pytest.param(
        "Rapper Kano, real name Kane Robinson, is back. \"We are a double act,\" Robinson says. \"It works,\" said Kano.",
        [("direct", "We are a double act,", "Kane Robinson", "Rapper"),
         ("direct", "It works,", "Kane Robinson", "Rapper")],
        id="a-stage-name-and-its-real-name-are-one-person"),
    pytest.param(
        "The show is handed over. \"Our show is a fixture,\" says TB, also known as Tom King. "
        "\"So listeners will get both our tastes,\" King says.",
        [("direct", "Our show is a fixture,", "Tom King", None),
         ("direct", "So listeners will get both our tastes,", "Tom King", None)],
        id="a-surname-that-is-a-title-word-is-the-person-named-before"),
    pytest.param(
        "The show has a new host. \"Our show is a fixture,\" says TB, also known for his jokes. "
        "Tom Barlow joins him. \"We are a double act,\" Barlow says.",
        [("direct", "Our show is a fixture,", "TB", None),
         ("direct", "We are a double act,", "Tom Barlow", None)],
        id="known-for-is-no-alias-link-and-the-name-after-is-another-person"),
    pytest.param(
        "Rob Vane, broadband and home technology analyst at Quill Research, agreed that the box could be popular. "
        "\"It is cheap,\" he said.",
        [("direct", "It is cheap,", "Rob Vane", "broadband and home technology analyst at Quill Research")],
        id="an-apposition-closed-by-a-comma-after-a-full-name-gives-the-role-with-no-cue"),
    pytest.param(
        "In a talk with radio hosts Tom Roe and Ann Lee, the Green party leader stated that the tax was "
        "\"a mistake for everyone.\"",
        [("mixed", "the tax was \"a mistake for everyone.\"", "the Green party leader", None)],
        id="a-subject-after-an-opening-phrase-ending-in-a-name-is-no-apposition-of-that-name"),
    pytest.param(
        "Rob Vane, Ann Lee and Tom Roe agreed that the box could be popular. \"It is cheap,\" Vane said.",
        [("direct", "It is cheap,", "Rob Vane", None)],
        id="a-list-of-names-after-a-full-name-is-no-apposition"),
    pytest.param(
        "And last week Fish and Chips star Tom Vane criticised the radio for being \"too dull\". "
        "\"We must be careful,\" he said.",
        [("direct", "We must be careful,", "Tom Vane", "Fish and Chips star")],
        id="a-work-title-with-and-before-a-title-word-is-the-whole-role"),
    pytest.param(
        "\"We won,\" said Carl Petrov. Petrov thanked Dan Mosby and Oscar nominee Ruth Kale. "
        "\"It was a fine night,\" Kale said.",
        [("direct", "We won,", "Carl Petrov", None), ("direct", "It was a fine night,", "Ruth Kale", "Oscar nominee")],
        id="a-person-named-before-and-is-no-part-of-the-next-persons-title"),
    pytest.param(
        "\"We must be careful,\" said Fish and Chips star Tom Vane.",
        [("direct", "We must be careful,", "Tom Vane", "Fish and Chips star")],
        id="after-the-cue-a-work-title-with-and-is-the-role-of-the-name-after-it"),
    pytest.param(
        "\"We must be careful,\" said Tom Roe and Chelsea striker Ann Lee.",
        [("direct", "We must be careful,", "Tom Roe", None)],
        id="after-the-cue-a-full-name-and-a-titled-name-are-two-people"),
    pytest.param(
        "Gardening friends in Leeds took the notes and posted them on a website called Green Thumbs.",
        [],
        id="an-object-pronoun-and-a-preposition-after-the-cue-are-no-reported-clause"),
    pytest.param(
        "Ann Lee posted on her website that the plan had failed.",
        [("indirect", "the plan had failed", "Ann Lee", None)],
        id="a-preposition-after-the-cue-with-no-object-pronoun-still-leads-to-the-clause"),
    pytest.param(
        "Mayor Jane Lee faces a recall vote in May. \"The vote was a mistake,\" said Ann Baker, a city councillor. "
        "\"It was rushed,\" Ms. Baker added. There is also the chance that Mrs. Lee, if re-elected, might pick Mr. Roe "
        "himself, an outcome certain to worry many. \"What a fine idea,\" she said in Dayton.",
        [("direct", "The vote was a mistake,", "Ann Baker", "a city councillor"),
         ("direct", "It was rushed,", "Ann Baker", "a city councillor"),
         ("direct", "What a fine idea,", "Jane Lee", "Mayor")],
        id="she-after-a-narrative-sentence-naming-one-other-woman-is-that-woman"),
    pytest.param(
        "Mayor Jane Lee faces a recall vote in May. \"The vote was a mistake,\" said Ann Baker, a city councillor. "
        "\"It was rushed,\" Ms. Baker added. Mrs. Lee's budget was cut in half last year. "
        "\"What a fine idea,\" she said in Dayton.",
        [("direct", "The vote was a mistake,", "Ann Baker", "a city councillor"),
         ("direct", "It was rushed,", "Ann Baker", "a city councillor"),
         ("direct", "What a fine idea,", "Ann Baker", "a city councillor")],
        id="she-after-a-narrative-sentence-naming-a-woman-as-possessor-stays-with-the-speaker"),
    pytest.param(
        "Mayor Jane Lee faces a recall vote in May. \"The vote was a mistake,\" said Ann Baker, a city councillor. "
        "\"It was rushed,\" Ms. Baker added. Ms. Baker expects Mrs. Lee to lose. "
        "\"What a fine idea,\" she said in Dayton.",
        [("direct", "The vote was a mistake,", "Ann Baker", "a city councillor"),
         ("direct", "It was rushed,", "Ann Baker", "a city councillor"),
         ("direct", "What a fine idea,", "Ann Baker", "a city councillor")],
        id="she-after-a-narrative-sentence-naming-the-speaker-too-stays-with-the-speaker"),
    pytest.param(
        "Tom Vane knocked on doors on Sunday with his sister, Betsy Vane, a teacher. Carla Moss, a retired nurse, "
        "said she planned to vote. Walking on, Tom Vane said the town had changed. Despite the cold, she said she "
        "can't follow what the party stands for now. \"Nobody would recognize it,\" she said.",
        [("indirect", "she planned to vote", "Carla Moss", "a retired nurse"),
         ("indirect", "the town had changed", "Tom Vane", None),
         ("indirect", "she can't follow what the party stands for now", "Betsy Vane", "a teacher"),
         ("direct", "Nobody would recognize it,", "Betsy Vane", "a teacher")],
        id="she-goes-on-with-the-woman-a-pronoun-turned-to-not-one-named-before"),
    pytest.param(
        "Tom Vane knocked on doors on Sunday with his sister, Betsy Vane, a teacher. Carla Moss, a retired nurse, "
        "said she planned to vote. Walking on, Tom Vane said the town had changed. "
        "\"Nobody would recognize it,\" she said.",
        [("indirect", "she planned to vote", "Carla Moss", "a retired nurse"),
         ("indirect", "the town had changed", "Tom Vane", None),
         ("direct", "Nobody would recognize it,", "Betsy Vane", "a teacher")],
        id="she-after-a-man-spoke-is-his-namesake"),
    pytest.param(
        "Governor Ann Reed spoke to a radio station on Monday. Asked by Matt Cole whether she had read the report, "
        "she said, \"I read it twice.\"",
        [("indirect", "whether she had read the report", "Matt Cole", None),
         ("direct", "I read it twice.", "Ann Reed", "Governor")],
        id="a-she-after-a-man-by-a-short-given-name-is-not-his"),
    pytest.param(
        "Governor Ann Reed spoke to a radio station on Monday. Asked by Matt Cole whether she had read the report, "
        "he said, \"I read it twice.\"",
        [("indirect", "whether she had read the report", "Matt Cole", None),
         ("direct", "I read it twice.", "Matt Cole", None)],
        id="a-he-after-a-man-by-a-short-given-name-is-his"),
    pytest.param(
        "Speaking at a fish market in Dover, Ohio, Senator Jane Miller went after Tom Baker, calling him “a sorry dud.”",
        [("mixed", "him “a sorry dud.”", "Jane Miller", "Senator")],
        id="a-state-after-the-town-of-an-opening-participle-phrase-is-no-subject"),
    pytest.param(
        "Speaking at a fish market in Dover, New Hampshire, Senator Jane Miller went after Tom Baker, saying he was “a sorry dud.”",
        [("mixed", "he was “a sorry dud.”", "Jane Miller", "Senator")],
        id="a-two-word-state-after-the-town-of-an-opening-participle-phrase-is-no-subject"),
    pytest.param(
        "Speaking at a fish market in Dover, Tom Baker, the mayor, went after Jane Miller, saying she was “a sorry dud.”",
        [("mixed", "she was “a sorry dud.”", "Tom Baker", "the mayor")],
        id="a-name-with-an-apposition-after-an-opening-participle-phrase-is-the-subject"),
    pytest.param(
        "Senator Jane Miller spoke in Dover on Monday. Then she cut into Tom Baker, calling him a \"bore\" and accusing him of cheating.",
        [("mixed", "him a \"bore\"", "Jane Miller", "Senator")],
        id="a-bare-then-before-the-pronoun-subject-of-a-participle-cue-is-no-subject"),
    pytest.param(
        "Senator Jane Miller spoke in Dover on Monday. Then came the hail, flattening the \"party barn.\"",
        [],
        id="a-bare-then-before-a-verb-gives-a-participle-no-subject"),
    pytest.param(
        "Pollster Tom Baker was a guest on a radio show in Dover. Baker described the awkward corner Jane Miller is stuck in during the county race against her rival.",
        [],
        id="described-with-a-noun-phrase-object-is-an-account-no-report"),
    pytest.param(
        "In his diary, printed in 2004, Mr. Baker described how, as a lad, Bertie turned into Bert and then B.",
        [],
        id="described-how-is-an-account-no-report"),
    pytest.param(
        "Tom Baker described the anglers in his parish as seeming rather puzzled that the weir had gone.",
        [("indirect", "the anglers in his parish as seeming rather puzzled that the weir had gone", "Tom Baker", None)],
        id="described-x-as-y-characterises-and-is-still-a-report"),
    pytest.param(
        "Senator Jane Miller described the new levy as “a burden on small farms.”",
        [("mixed", "the new levy as “a burden on small farms.”", "Jane Miller", "Senator")],
        id="described-with-a-quoted-characterisation-is-a-mixed-report"),
    pytest.param(
        "Tom Baker described, in blunt terms, a set of spending rules that left the parish halls without light for months, "
        "along with other faults. His plan relied on ''a patch for the next storm that nobody has tried.''",
        [("direct", "a patch for the next storm that nobody has tried.", "Tom Baker", None)],
        id="the-named-subject-of-a-described-account-still-speaks-the-next-quote"),
    pytest.param(
        "Jane Miller, during a church supper in Dover, said she was \"going to shut a lot of old quarries,\" while trying to defend her budget.",
        [("mixed", "she was \"going to shut a lot of old quarries,\"", "Jane Miller", None)],
        id="while-and-a-participle-after-a-quoted-comma-is-how-it-was-said"),
    pytest.param(
        "Jane Miller said the quarry was \"a leftover from another age,\" while the new depot was \"the hope of the valley.\"",
        [("mixed", "the quarry was \"a leftover from another age,\" while the new depot was \"the hope of the valley.\"", "Jane Miller", None)],
        id="while-and-a-clause-after-a-quoted-comma-is-a-contrast-in-the-report"),
    pytest.param(
        "At the bottom of the quarrel, according to Tom Baker, a former county clerk, was a choice by the mayor to sell the green.",
        [("indirect", "was a choice by the mayor to sell the green", "Tom Baker", "a former county clerk")],
        id="according-to-a-source-with-an-apposition-mid-sentence-reports-the-predicate-after-it"),
    pytest.param(
        "But the next day, according to Baker, Miller changed her terms.",
        [("indirect", "Miller changed her terms", "Baker", None)],
        id="according-to-after-a-time-lead-reports-the-short-clause-after-it"),
    pytest.param(
        "The mill closed in 1990, according to Tom Baker, a former county clerk.",
        [("indirect", "The mill closed in 1990", "Tom Baker", "a former county clerk")],
        id="according-to-with-an-apposition-closing-the-sentence-reports-the-clause-before-it"),
    pytest.param(
        "Below are the jurors of the show, some of whom stayed away:\n\nOhio: Tim Roe, Sue Ray, Al Day, Bo Hart, Cy Dunn.\n\n"
        "New Hampshire: Tom Baker, Ann Lee, Joe Roe, Mia Vale, Ed Park.\n\nSouth Carolina: Jo Finn, Lu Kerr, Max Orr, Ned Pike.",
        [],
        id="a-two-word-state-label-before-a-list-of-names-is-no-source"),
    pytest.param(
        "West Cole: Ferry Fares Must Rise This Year.\n\nWest Cole, the harbour chief, spoke on Monday.",
        [("indirect", "Ferry Fares Must Rise This Year", "West Cole", "the harbour chief")],
        id="a-two-word-label-whose-second-word-is-no-place-still-names-a-source"),
    pytest.param(
        "“We’re going to take this county,” Jane Miller told reporters as she walked out of the hall beside Tom Baker.",
        [("direct", "We’re going to take this county,", "Jane Miller", None)],
        id="an-as-clause-after-the-cue-of-a-quote-is-when-it-was-said-no-report"),
    pytest.param(
        "“No one cause pushed me then. One does now,” Tom Baker admitted during a chat for a parish radio podcast, as the fete was ending.",
        [("direct", "No one cause pushed me then. One does now,", "Tom Baker", None)],
        id="a-during-phrase-after-the-cue-of-a-quote-is-no-report"),
    pytest.param(
        "Jane Miller told reporters that as mayor she would cut taxes.",
        [("indirect", "as mayor she would cut taxes", "Jane Miller", None)],
        id="an-as-phrase-after-that-opens-the-report"),
    pytest.param(
        "Most of the old bridges will close by May, says Tom Harker, Acme's chief road engineer.",
        [("indirect", "Most of the old bridges will close by May", "Tom Harker", "Acme's chief road engineer")],
        id="a-possessor-title-apposed-after-an-inverted-cue-ends-the-report-before-the-cue"),
    pytest.param(
        "Under the new plan, said Tom Harker, Acme's bridges would all close by May.",
        [("indirect", "Under the new plan, said Tom Harker, Acme's bridges would all close by May", "Tom Harker", None)],
        id="a-possessor-subject-of-a-clause-after-a-mid-sentence-cue-is-no-apposition"),
    pytest.param(
        "One trader, who asked not to be named, told reporters the fish sale was weak.",
        [("indirect", "the fish sale was weak", "One trader", None)],
        id="asked-not-to-be-named-is-a-plea-for-anonymity-no-report"),
    pytest.param(
        "The mayor asked voters to ignore the rumours about the harbour.",
        [("indirect", "voters to ignore the rumours about the harbour", "The mayor", None)],
        id="asked-with-a-hearer-and-a-request-still-reports"),
    pytest.param(
        "The mayor told the Quill the old fish market was closing.",
        [("indirect", "the old fish market was closing", "The mayor", None)],
        id="a-named-hearer-then-a-determiner-and-three-words-before-the-verb-opens-the-clause"),
    pytest.param(
        "The mayor told the Quill the whole sorry story of the old harbour.",
        [],
        id="a-named-hearer-then-a-noun-phrase-with-no-verb-is-no-report"),
    pytest.param(
        "Tom Harker said the port would close. The mayor's official spokesman said the port was safe. "
        "But he added: \"We cannot promise anything.\"",
        [("indirect", "the port would close", "Tom Harker", None),
         ("indirect", "the port was safe", "The mayor's official spokesman", None),
         ("direct", "We cannot promise anything.", "The mayor's official spokesman", None)],
        id="he-after-a-possessors-modified-spokesman-spoke-is-that-spokesman"),
    pytest.param(
        "Tom Harker said the port would close. The mayor's official spokeswoman said the port was safe. "
        "But he added: \"We cannot promise anything.\"",
        [("indirect", "the port would close", "Tom Harker", None),
         ("indirect", "the port was safe", "The mayor's official spokeswoman", None),
         ("direct", "We cannot promise anything.", "Tom Harker", None)],
        id="he-after-a-possessors-spokeswoman-spoke-goes-back-to-the-man"),
    pytest.param(
        "Sources within the party said the plan was old. But the Greens insisted they would fight the plan. "
        "They said they would also lobby the council.",
        [("indirect", "the plan was old", "Sources within the party", None),
         ("indirect", "they would fight the plan", "Greens", None),
         ("indirect", "they would also lobby the council", "Greens", None)],
        id="they-after-the-and-a-capitalised-plural-group-is-that-group"),
    pytest.param(
        "Officials said the port was safe. Then Harris insisted the plan was old. They said the port would reopen soon.",
        [("indirect", "the port was safe", "Officials", None),
         ("indirect", "the plan was old", "Harris", None),
         ("indirect", "the port would reopen soon", "Officials", None)],
        id="they-never-means-one-capitalised-name-without-the"),
    pytest.param(
        'Tom Harker will attack the Greens. "So come with us," he will say. Green leader Nigel Dane branded Mr Harker '
        '"smug and mistaken" for claiming the party was a home for them. '
        '"The facts plainly do not back his case," he said.',
        [("direct", "So come with us,", "Tom Harker", None),
         ("direct", "The facts plainly do not back his case,", "Nigel Dane", "Green leader")],
        id="a-common-british-given-name-gives-he-to-the-man-named-last"),
    pytest.param(
        'Tom Harker will attack the Greens. "So come with us," he will say. Green leader Fiona Dane branded Mr Harker '
        '"smug and mistaken" for claiming the party was a home for them. '
        '"The facts plainly do not back his case," he said.',
        [("direct", "So come with us,", "Tom Harker", None),
         ("direct", "The facts plainly do not back his case,", "Tom Harker", None)],
        id="a-common-british-womans-name-leaves-he-to-the-man"),
    pytest.param(
        "And Tom Harker has moved to quash claims that the club could sell the pitch.",
        [],
        id="claims-after-to-and-a-verb-is-the-verbs-object-no-report"),
    pytest.param(
        "Tom Harker dismissed claims that the club could sell the pitch.",
        [],
        id="claims-after-a-past-verb-is-others-claims-no-report-of-the-subject"),
    pytest.param(
        "Tom Harker now claims that the club could sell the pitch.",
        [("indirect", "the club could sell the pitch", "Tom Harker", None)],
        id="claims-after-an-adverb-is-the-subjects-verb"),
    pytest.param(
        '"Of course he is restless but so are we," Tom Harker added. "We talk every week. '
        'If he was not so stubborn he would have left already." Bill Dane had said before the match he would think about leaving.',
        [("direct", "Of course he is restless but so are we,", "Tom Harker", None),
         ("direct", "We talk every week. If he was not so stubborn he would have left already.", "Tom Harker", None),
         ("indirect", "he would think about leaving", "Bill Dane", None)],
        id="a-cue-after-a-finished-quote-with-a-time-phrase-and-its-own-clause-is-not-the-quotes"),
    pytest.param(
        '"We talk every week," Tom Harker said. "We will see." Bill Dane said on Monday as he left the pitch.',
        [("direct", "We talk every week,", "Tom Harker", None),
         ("direct", "We will see.", "Bill Dane", None)],
        id="a-cue-after-a-quote-with-a-time-phrase-and-an-as-clause-is-the-quotes"),
    pytest.param(
        "Tom Harker told Radio Wessex's Breakfast programme he hoped the new ferry would help the island.",
        [("indirect", "he hoped the new ferry would help the island", "Tom Harker", None)],
        id="told-a-named-programme-then-a-pronoun-and-a-past-verb-opens-the-clause"),
    pytest.param(
        "Tom Harker told Radio Wessex's Breakfast programme all about the ferry he loved.",
        [],
        id="told-a-named-programme-all-about-something-is-no-report"),
    pytest.param(
        "Tom Harker said the ferry plan was good. But he opposed the new toll, saying that it would drive many families off the island.",
        [("indirect", "the ferry plan was good", "Tom Harker", None),
         ("indirect", "it would drive many families off the island", "Tom Harker", None)],
        id="but-then-a-pronoun-subject-is-the-doer-of-a-later-saying"),
    pytest.param(
        "Tom Harker said the ferry plan was good. But despite the new toll and the long queues, saying nothing was easy.",
        [("indirect", "the ferry plan was good", "Tom Harker", None)],
        id="but-then-a-phrase-with-no-subject-gives-saying-no-doer"),
    pytest.param(
        'Tom Harker denied the ferry had failed, telling the Quill "there is a feeling that the timetable is broken".',
        [("indirect", "the ferry had failed", "Tom Harker", None),
         ("direct", "there is a feeling that the timetable is broken", "Tom Harker", None)],
        id="telling-a-named-hearer-then-a-quote-is-a-direct-quote-without-the-hearer"),
    pytest.param(
        'Tom Harker told the Post the "ferry crisis" was over.',
        [("mixed", 'the "ferry crisis" was over', "Tom Harker", None)],
        id="told-a-named-hearer-then-a-clause-with-a-quoted-fragment-starts-past-the-hearer"),
    pytest.param(
        'Tom Harker told reporters "we will win the ferry vote".',
        [("direct", "we will win the ferry vote", "Tom Harker", None)],
        id="told-reporters-then-a-quote-is-a-direct-quote-without-the-hearer"),
    pytest.param(
        'Tom Harker told them Ann Lee "has a number of friends in the port".',
        [("mixed", 'Ann Lee "has a number of friends in the port"', "Tom Harker", None)],
        id="told-a-pronoun-hearer-then-a-named-subject-and-a-quoted-predicate-starts-at-the-subject"),
    pytest.param(
        'Ann Lee was suspended. "I was shocked," Ms Lee told the Courier. A spokesperson for Quill Air told '
        'Harbour News Online: "We do not discuss staff issues." She added she could not tell whether it had occurred before.',
        [("direct", "I was shocked,", "Ann Lee", None),
         ("direct", "We do not discuss staff issues.", "A spokesperson for Quill Air", None),
         ("indirect", "she could not tell whether it had occurred before", "A spokesperson for Quill Air", None)],
        id="the-hearer-after-told-does-not-keep-she-from-the-unnamed-speaker"),
    pytest.param(
        'Ann Lee was suspended. "I was shocked," Ms Lee told the Courier. A spokesperson for Quill Air told '
        'Harbour News Online: "We do not discuss staff issues." Later Jane Dale, a pilot, disagreed. '
        'She added she could not tell whether it had occurred before.',
        [("direct", "I was shocked,", "Ann Lee", None),
         ("direct", "We do not discuss staff issues.", "A spokesperson for Quill Air", None),
         ("indirect", "she could not tell whether it had occurred before", "Jane Dale", "a pilot")],
        id="a-woman-named-after-the-unnamed-speaker-takes-she"),
    pytest.param(
        "Tom Harker ran the ferry for years. The ferry stopped, he says, because the harbour was closed.",
        [("indirect", "The ferry stopped, he says, because the harbour was closed", "Tom Harker", None)],
        id="a-reason-clause-after-a-mid-sentence-cue-keeps-the-whole-sentence"),
    pytest.param(
        "Tom Harker ran the ferry for years. The ferry stopped, he says, in an interview with the Courier.",
        [("indirect", "The ferry stopped", "Tom Harker", None)],
        id="a-phrase-about-the-saying-after-a-mid-sentence-cue-is-no-part-of-the-report"),
    pytest.param(
        "Tom Harker told Radio Wessex's Harbour at Noon he thought the ferry row was over.",
        [("indirect", "he thought the ferry row was over", "Tom Harker", None)],
        id="a-lower-case-link-inside-a-programme-title-stays-in-the-hearer"),
    pytest.param(
        "Tom Harker told Radio Wessex's Breakfast programme at length about the ferry.",
        [],
        id="a-lower-case-preposition-after-a-programme-title-opens-no-clause"),
    pytest.param(
        '"We need the manager to remain," said Jim Dale. "With luck he now gets the time to finish the job." '
        "Keeper Tom Ross echoed Dale's views. \"I reckon the whole squad backs him,\" he added.",
        [("direct", "We need the manager to remain,", "Jim Dale", None),
         ("direct", "With luck he now gets the time to finish the job.", "Jim Dale", None),
         ("direct", "I reckon the whole squad backs him,", "Tom Ross", "Keeper")],
        id="a-verb-with-a-possessed-object-after-a-finished-quote-is-a-new-sentence-not-its-cue"),
    pytest.param(
        '"We need the manager to remain," said Jim Dale. "With luck he now gets the time to finish the job," Tom Ross added.',
        [("direct", "We need the manager to remain,", "Jim Dale", None),
         ("direct", "With luck he now gets the time to finish the job,", "Tom Ross", None)],
        id="a-cue-after-a-quote-ending-in-a-comma-is-its-cue"),
    pytest.param(
        "Hale’s Son Says The Ferry Fares Will Be Higher.\n\nAs the harbour board met on Monday, his son said the mayor is just getting started.",
        [("indirect", "The Ferry Fares Will Be Higher", "Hale’s Son", None),
         ("indirect", "the mayor is just getting started", "his son", None)],
        id="a-capitalised-kinship-noun-after-a-possessor-is-no-name"),
    pytest.param(
        "Tom Hale’s Brother Sam Hale said the farm would stay open.",
        [("indirect", "the farm would stay open", "Sam Hale", "Tom Hale’s Brother")],
        id="a-capitalised-kinship-noun-after-a-possessor-is-the-role-of-the-name-after-it"),
    pytest.param(
        "Ken Son said the deal was fair.",
        [("indirect", "the deal was fair", "Ken Son", None)],
        id="a-kinship-noun-that-is-a-surname-after-a-given-name-stays-in-the-name"),
    pytest.param(
        "In a call on Monday, Acme chief executive Sam Call said the merger would close in May.",
        [("indirect", "the merger would close in May", "Sam Call", "Acme chief executive")],
        id="a-speech-verb-base-form-after-a-given-name-is-a-surname"),
    pytest.param(
        "Ann Roe said the merger would close in May.",
        [("indirect", "the merger would close in May", "Ann Roe", None)],
        id="a-said-after-a-given-name-is-still-the-cue"),
    pytest.param(
        "“We will win,” said Mayor Sam Hale.\n\nSenate leader Tom Roe is criticizing President Bill Lee as weak on crime.\n\n"
        "In a statement, the Ohio Republican on Tuesday dismissed Lee’s plan to cut police funds. He says the state will fight the plan.",
        [("direct", "We will win,", "Sam Hale", "Mayor"),
         ("indirect", "the state will fight the plan", "Tom Roe", "Senate leader")],
        id="a-pronoun-after-a-party-epithet-subject-is-the-person-named-before-it"),
    pytest.param(
        "“We will win,” said Mayor Sam Hale.\n\nSenate leader Tom Roe is criticizing President Bill Lee as weak on crime.\n\n"
        "In a statement, the senator dismissed Lee’s plan to cut police funds. He says the state will fight the plan.",
        [("direct", "We will win,", "Sam Hale", "Mayor"),
         ("indirect", "the state will fight the plan", "Tom Roe", "Senate leader")],
        id="a-pronoun-after-a-title-epithet-subject-is-the-person-named-before-it"),
    pytest.param(
        "“We will win,” said Mayor Sam Hale.\n\nSenate leader Tom Roe is criticizing President Bill Lee as weak on crime.\n\n"
        "In a statement, the company on Tuesday dismissed Lee’s plan to cut police funds. He says the state will fight the plan.",
        [("direct", "We will win,", "Sam Hale", "Mayor"),
         ("indirect", "the state will fight the plan", "Bill Lee", "President")],
        id="a-body-as-the-subject-before-a-pronoun-is-no-epithet-of-the-person-named-before"),
    pytest.param(
        "“We must act,” said Orvin Tasker, a lawmaker from the north.\n\nThe plan worries many, including Mayor Ann Roe. "
        "In her speech on Monday, Roe, who has led the city since 2010 and wants a third term in the autumn elections, "
        "warned against the plan.\n\nThe city, she said, would not pay for it.",
        [("direct", "We must act,", "Orvin Tasker", "a lawmaker"),
         ("indirect", "The city, she said, would not pay for it", "Ann Roe", "Mayor")],
        id="a-pronoun-opening-a-paragraph-is-the-subject-after-an-opening-phrase-of-the-paragraph-before"),
    pytest.param(
        "“We must act,” said Orvin Tasker, a lawmaker from the north.\n\nThe plan worries many, including Mayor Ann Roe. "
        "In her speech on Monday, Roe, who has led the city since 2010 and wants a third term in the autumn elections, "
        "warned against the plan.\n\nThe city, he said, would not pay for it.",
        [("direct", "We must act,", "Orvin Tasker", "a lawmaker"),
         ("indirect", "The city, he said, would not pay for it", "Orvin Tasker", "a lawmaker")],
        id="a-pronoun-of-the-other-gender-than-the-subject-before-stays-with-the-speaker"),
    pytest.param(
        "Psalm 23:4 reads: “Even though I walk through the darkest valley, I will fear no evil.”",
        [("direct", "Even though I walk through the darkest valley, I will fear no evil.", "Psalm 23:4", None)],
        id="a-colon-inside-a-verse-number-separates-no-subject"),
    pytest.param(
        "Anger over the fees: shop owners say the rent is too high.",
        [("indirect", "the rent is too high", "shop owners", None)],
        id="a-colon-between-words-still-opens-the-subject"),
    pytest.param(
        "Tom Hale, the editor of the city's largest newspaper, Courier Weekly, said the paper would close.",
        [("indirect", "the paper would close", "Tom Hale", "the editor of the city's largest newspaper")],
        id="the-name-of-the-body-an-apposition-ends-with-is-no-speaker"),
    pytest.param(
        "Tom Hale, the founder of the group, Save Our Port, said the port would close.",
        [("indirect", "the port would close", "Tom Hale", "the founder of the group")],
        id="the-name-of-the-group-an-apposition-ends-with-is-no-speaker"),
    pytest.param(
        "Tom Hale, a lawyer, said the port would close.",
        [("indirect", "the port would close", "Tom Hale", "a lawyer")],
        id="a-plain-apposition-after-a-name-is-its-role"),
    pytest.param(
        "Ohio Gov. Tom Hale on Monday put his name to a decree shutting the port, while Ann Lee proposed a new tax and said the mayor should resign.",
        [("indirect", "the mayor should resign", "Ann Lee", None)],
        id="the-subject-of-a-while-clause-says-what-its-coordinated-cue-reports"),
    pytest.param(
        "Ohio Gov. Tom Hale on Monday put his name to a decree shutting the port, while Ann Lee, the former Iowa governor, "
        "proposed a new tax and said the mayor should resign.",
        [("indirect", "the mayor should resign", "Ann Lee", "the former Iowa governor")],
        id="the-subject-of-a-while-clause-with-an-apposition-says-what-its-coordinated-cue-reports"),
    pytest.param(
        "Ohio Gov. Tom Hale on Monday put his name to a decree shutting the port, while Ann Lee, the former Iowa governor, "
        "proposed we \"open our eyes and count the cost\" and said the mayor should resign.",
        [("indirect", "the mayor should resign", "Ann Lee", "the former Iowa governor")],
        id="the-subject-of-a-while-clause-says-what-its-cue-after-a-quote-reports"),
    pytest.param(
        "Tom Hale, while Ann Lee watched, signed the order on Monday and said the mayor should resign.",
        [("indirect", "the mayor should resign", "Tom Hale", None)],
        id="a-while-aside-inside-the-subject-leaves-the-cue-to-the-subject"),
    pytest.param(
        "“We will mend the bridge,” said Tom Hale.\n\nLater, Hale questioned why Ghazwa Nurin had not spoken at the rally. (She says the crowd was too loud.)",
        [("direct", "We will mend the bridge,", "Tom Hale", None),
         ("indirect", "the crowd was too loud", "Ghazwa Nurin", None)],
        id="a-pronoun-of-the-other-gender-than-the-speaker-is-the-person-of-unknown-gender-named-since"),
    pytest.param(
        "“We will mend the bridge,” said Tom Hale.\n\nLater, Hale questioned why Ghazwa Nurin had not spoken at the rally. (He says the crowd was too loud.)",
        [("direct", "We will mend the bridge,", "Tom Hale", None),
         ("indirect", "the crowd was too loud", "Tom Hale", None)],
        id="a-pronoun-of-the-speakers-gender-stays-with-the-speaker"),
    pytest.param(
        "“We will mend the bridge,” said Tom Hale.\n\nHis wife gave a hint in a chat just before Ridgetonians cast their ballots.\n\n"
        "“He means to carry on,” she said.",
        [("direct", "We will mend the bridge,", "Tom Hale", None),
         ("direct", "He means to carry on,", "Tom Hale", None)],
        id="a-capitalised-group-named-since-is-no-person-for-a-pronoun"),
    pytest.param(
        "“The port will stay open,” said Mayor Rosa PeÃ±aloza.",
        [("direct", "The port will stay open,", "Rosa PeÃ±aloza", "Mayor")],
        id="a-name-with-a-garbled-accent-is-one-word"),
    pytest.param(
        "“The port will stay open,” said Mayor Rosa Pen\u0303aloza.",
        [("direct", "The port will stay open,", "Rosa Pen\u0303aloza", "Mayor")],
        id="a-name-with-a-decomposed-accent-is-one-word"),
    pytest.param(
        "“The port will stay open,” said Mayor Rosa Pe\ufffdaloza.",
        [("direct", "The port will stay open,", "Rosa Pe\ufffdaloza", "Mayor")],
        id="a-name-with-a-replacement-character-is-one-word"),
    pytest.param(
        "Mayor Rosa PeÃ±aloza opened the port on Monday.\n\nPeÃ±aloza said the fares would fall.",
        [("indirect", "the fares would fall", "Rosa PeÃ±aloza", "Mayor")],
        id="a-surname-with-a-garbled-accent-is-linked-to-the-full-name"),
    pytest.param(
        "“Fares will rise,” Tom\u00a0Hale said.",
        [("direct", "Fares will rise,", "Tom Hale", None)],
        id="a-no-break-space-still-parts-two-words"),
    pytest.param(
        "Tom Hale ran the bakery on Mill Road. He and his partner were about to buy a second van in Dover, his brother added.",
        [("indirect", "He and his partner were about to buy a second van in Dover", "his brother", None)],
        id="a-kin-description-after-the-clause-is-the-source-of-any-closing-cue"),
    pytest.param(
        "The driver accused of stealing the lorry will stay in custody until the trial, a county judge ruled Friday.",
        [("indirect", "The driver accused of stealing the lorry will stay in custody until the trial", "a county judge", None)],
        id="an-indefinite-title-after-the-clause-is-the-source-of-a-closing-ruled"),
    pytest.param(
        "The ferry from Kell Island will run twice a day until the spring, a harbour BOARD ruled Friday.",
        [],
        id="a-closing-description-whose-head-is-in-capitals-is-no-source"),
    pytest.param(
        "The town will add three bus routes to the harbour by June, a plan announced earlier this year.",
        [],
        id="a-thing-after-the-clause-and-a-closing-participle-is-no-source"),
    pytest.param(
        "Farm incomes rose by a third over the decade, the borrowing continued.",
        [],
        id="a-description-whose-head-is-no-title-or-kin-is-no-source-of-a-closing-verb"),
    pytest.param(
        "Ruth Mayer lost her brother to the flood in 2019. He had worked the ferry all his life, Mayer explained, recalling the winter they crossed the ice together.",
        [("indirect", "He had worked the ferry all his life", "Ruth Mayer", None),
         ("indirect", "recalling the winter they crossed the ice together", "Ruth Mayer", None)],
        id="an-inverted-cue-then-a-participle-report-keeps-the-clause-before-the-cue"),
    pytest.param(
        "The letters covered farm prices and road repairs, the Gazette said, including several sent to the mayor.",
        [("indirect", "The letters covered farm prices and road repairs", "Gazette", None)],
        id="an-inverted-cue-then-including-is-no-second-report"),
    pytest.param(
        "At the forum in Dover, Tom Hale asked each of the candidates why they wanted the job.",
        [("indirect", "why they wanted the job", "Tom Hale", None)],
        id="asked-each-of-a-group-then-the-question"),
    pytest.param(
        "Tom Hale asked some of the farmers in the valley questions for which there was no answer.",
        [],
        id="asked-some-of-a-group-then-a-relative-clause-is-no-question"),
    pytest.param(
        "The council backed the new toll, and Mayor Ann Lee, who says it's unfair, voted against it.",
        [("indirect", "it's unfair", "Ann Lee", "Mayor")],
        id="a-pronoun-glued-to-its-verb-counts-as-two-words-of-a-clause"),
    pytest.param(
        "Asked about the new toll, Ann Lee said Tom's fine.",
        [],
        id="a-name-glued-to-its-verb-is-no-pronoun-and-two-words-stay-too-short"),
    pytest.param(
        "Mayor Tom Bell hoped to withdraw the remarks the morning he said them, but not before the harm was done.",
        [],
        id="a-pronoun-object-then-a-comma-and-but-is-no-reported-clause"),
    pytest.param(
        "Tom Bell said it, too, would fail within a year.",
        [("indirect", "it, too, would fail within a year", "Tom Bell", None)],
        id="a-pronoun-subject-then-an-aside-is-still-a-reported-clause"),
    pytest.param(
        "Tom Valder talks about growing up in Duluth, just across Lake Superior, and how hopeful he is "
        "about the region. He promises the state will help retrain workers.",
        [("indirect", "the state will help retrain workers", "Tom Valder", None)],
        id="a-lake-named-before-a-pronoun-is-a-place-not-its-referent"),
    pytest.param(
        "Greta Lake talks about growing up in Duluth, and how hopeful she is about the region. "
        "She promises the state will help retrain workers.",
        [("indirect", "the state will help retrain workers", "Greta Lake", None)],
        id="a-surname-lake-is-still-a-person"),
    pytest.param(
        "Alongside union calls for a strike, a senior party aide said Dole must pick a side, saying, "
        "“At some point, she has to say where she stands.”",
        [("indirect", "Dole must pick a side", "a senior party aide", None),
         ("direct", "At some point, she has to say where she stands.", "a senior party aide", None)],
        id="an-opening-alongside-phrase-is-no-part-of-the-subject"),
    pytest.param(
        "“We will fight on,” said Ann Alongside, a tenant.",
        [("direct", "We will fight on,", "Ann Alongside", None)],
        id="alongside-as-a-surname-stays-in-the-name"),
    pytest.param(
        "The Ohio senator emailed supporters saying: “The fight goes on.”",
        [("direct", "The fight goes on.", "The Ohio senator", None)],
        id="a-description-then-a-past-verb-and-a-bare-plural-object-is-cut-at-the-verb"),
    pytest.param(
        "Nine in 10 Republican registered voters said: “The fight goes on.”",
        [("direct", "The fight goes on.", "Nine in 10 Republican registered voters", None)],
        id="an-ed-adjective-after-a-capitalised-word-before-a-plural-is-no-verb"),
    pytest.param(
        "A majority of registered voters said: “The fight goes on.”",
        [("direct", "The fight goes on.", "A majority of registered voters", None)],
        id="an-ed-adjective-after-a-preposition-before-a-plural-is-no-verb"),
    pytest.param(
        "The magazine shot back in an editorial stating that Dunmore was the capital.",
        [("indirect", "Dunmore was the capital", "The magazine", None)],
        id="shot-back-in-an-article-is-the-subjects-predicate"),
    pytest.param(
        "The magazine fired back in a column saying that Dunmore was the capital.",
        [("indirect", "Dunmore was the capital", "The magazine", None)],
        id="fired-back-in-a-column-is-the-subjects-predicate"),
    pytest.param(
        "Workers brought back from leave said the plant was safe.",
        [("indirect", "the plant was safe", "Workers brought back from leave", None)],
        id="a-participle-back-in-a-group-subject-stays"),
    pytest.param(
        "Tom Wexler said he backed the plan. But the Green Line was built too late, he said.",
        [("indirect", "he backed the plan", "Tom Wexler", None),
         ("indirect", "But the Green Line was built too late", "Tom Wexler", None)],
        id="a-capitalised-run-after-the-in-a-report-is-no-pronouns-referent"),
    pytest.param(
        "Ann Lee met voters. But the Rev. Tom Wexler was upset, he said.",
        [("indirect", "But the Rev. Tom Wexler was upset", "Tom Wexler", None)],
        id="a-titled-person-after-the-is-still-a-person"),
    pytest.param(
        "Dana Prill spoke first. Ryker lined up with Prill, who has said she does not support changing the rules.",
        [("indirect", "she does not support changing the rules", "Dana Prill", None)],
        id="a-comma-who-has-said-reports-its-antecedent"),
    pytest.param(
        "Tom Weller said he had met Dunn, who had told him that this trust could "
        "\"act for any passing committee\".",
        [("mixed", "he had met Dunn, who had told him that this trust could \"act for any passing committee\"",
          "Tom Weller", None)],
        id="a-back-shifted-who-had-told-inside-a-report-stays-the-reporters"),
    pytest.param(
        "But Ryker said he had spoken to supporters who have suggested that Prill quit the race.",
        [("indirect", "he had spoken to supporters who have suggested that Prill quit the race", "Ryker", None)],
        id="a-restrictive-who-have-suggested-inside-a-report-stays-the-reporters"),
    # Readers' comments under an article: their words never go to the article's speakers.
    pytest.param(
        _FARES_NEWS + _FARES_COMMENTS,
        _FARES_QUOTES,
        id="unsigned-readers-comments-at-the-end-quote-nobody"),
    pytest.param(
        _FARES_NEWS + _FARES_SIGNED,
        _FARES_QUOTES + [("indirect", "the trains would never run on time again", "Peter Voss", None),
                         ("indirect", "the new trains are worse than the old ones", "Tom Reilly", "My brother")],
        id="a-signed-readers-comment-goes-to-its-signer-or-the-person-it-names"),
    pytest.param(
        _FARES_NEWS + "Here is a selection of your comments:\n\n"
        "Owen Tarrant said the trains would never run on time again. I agree with him.",
        _FARES_QUOTES,
        id="a-your-comments-heading-opens-the-readers-block"),
    pytest.param(
        _FARES_NEWS + "Passenger Ruth Okafor, 52, said she would drive instead.\n\n"
        "I can't believe it.\n\nWhy should I pay more?\n\nI will drive instead.\n\n"
        "Mr Tarrant said the trains would never run on time again.\n\n"
        "\"I am sorry for the delays,\" he added.",
        _FARES_QUOTES + [("indirect", "she would drive instead", "Ruth Okafor", "Passenger"),
                         ("indirect", "the trains would never run on time again", "Owen Tarrant", "Transport chief"),
                         ("direct", "I am sorry for the delays,", "Owen Tarrant", "Transport chief")],
        id="first-person-paragraphs-before-the-last-reports-are-no-comment-block"),
    pytest.param(
        "I have taken the same train for twenty years.\n\nMy editor sent me to ride it again.\n\n"
        "We left at dawn.\n\nOur guard, Ada Lunn, said the line was older than the town.\n\n"
        "I sat by the window.\n\nMy coffee went cold.\n\nWhy do we put up with it?\n\nI will ride it again.",
        [("indirect", "the line was older than the town", "Ada Lunn", None)],
        id="a-column-in-the-first-person-is-no-comment-block"),
    # A firm named with a common (stop) word: "Next" is a name where the article writes it
    # capitalised inside a sentence too.
    pytest.param(
        "Shares in Next fell sharply. Next said the sales were poor.",
        [("indirect", "the sales were poor", "Next", None)],
        id="a-stop-word-firm-written-capitalised-inside-a-sentence-speaks"),
    pytest.param(
        "Clothing sales rose 3% in May, Next said.",
        [("indirect", "Clothing sales rose 3% in May", "Next", None)],
        id="a-stop-word-firm-after-a-comma-speaks"),
    pytest.param(
        "Next said the plan would work.",
        [],
        id="a-stop-word-only-opening-sentences-is-no-firm"),
    pytest.param(
        "Officials checked the files. That suggests the system cannot be trusted.",
        [],
        id="a-demonstrative-opening-a-sentence-is-no-firm"),
    pytest.param(
        "The contract, announced Monday, would run three years.",
        [],
        id="a-weekday-after-a-cue-is-no-firm"),
    # "Only 31% of the owners say …": the focusing adverb is no part of the share that speaks.
    pytest.param(
        "Only 31% of the owners say that cost is what matters most.",
        [("indirect", "cost is what matters most", "31% of the owners", None)],
        id="only-before-a-share-is-no-part-of-the-speaker"),
    pytest.param(
        "Just two of the bankers said the rules were unfair.",
        [("indirect", "the rules were unfair", "two of the bankers", None)],
        id="just-before-a-count-is-no-part-of-the-speaker"),
    pytest.param(
        "Then the mill, only three weeks later, announced plans to shut the depot.",
        [],
        id="only-before-a-span-of-time-makes-no-speaker"),
    pytest.param(
        "Only Marla Fenn said the plan was mad.",
        [("indirect", "the plan was mad", "Marla Fenn", None)],
        id="only-before-a-name-still-leaves-the-name"),
    # "According to analysts, Delta Research, there will be …": the name set off by commas after
    # the source speaks, and is no part of the report.
    pytest.param(
        "According to industry watchers, Orbit Insight, there will be 5 million buyers by 2030.",
        [("indirect", "there will be 5 million buyers by 2030", "Orbit Insight", None)],
        id="according-to-a-source-and-its-apposed-name-then-the-clause"),
    pytest.param(
        "According to a new book, Dunn's Island, Mr Kerr broke his promise to quit.",
        [("indirect", "Mr Kerr broke his promise to quit", "Dunn's Island", None)],
        id="according-to-a-book-and-its-possessive-title-then-the-clause"),
    pytest.param(
        "According to police, Tom Hale, 45, fled the scene on foot.",
        [("indirect", "Tom Hale, 45, fled the scene on foot", "police", None)],
        id="according-to-police-then-a-subject-with-an-age-is-the-clause"),
    pytest.param(
        "According to the report, Labour, the Tories and the Greens all lost votes.",
        [("indirect", "Labour, the Tories and the Greens all lost votes", "the report", None)],
        id="according-to-a-report-then-a-list-is-the-clause"),
    # A given name, then a surname that is also a place, after a lower-case title: the person.
    pytest.param(
        "RUA housing spokesman Tom Houston, of Dunmore, said rents must be frozen.",
        [("indirect", "rents must be frozen", "Tom Houston", "RUA housing spokesman")],
        id="a-place-surname-after-a-given-name-and-a-lower-case-title-is-a-person"),
    pytest.param(
        "The mayor of Jordan said rents were frozen.",
        [("indirect", "rents were frozen", "The mayor of Jordan", None)],
        id="a-place-after-a-title-and-of-is-no-surname"),
    pytest.param("Ina Kowal told the Ledger her firm never hired the agency.",
                 [("indirect", "her firm never hired the agency", "Ina Kowal", None)],
                 id="told-named-hearer-then-irregular-past-clause"),
    pytest.param("Ina Kowal told the Ledger her story of the long winter.",
                 [], id="told-named-hearer-then-a-noun-phrase-is-no-irregular-clause"),
    pytest.param("Ann Pike, for her part, has denied that she kept the funds.",
                 [("indirect", "she kept the funds", "Ann Pike", None)], id="for-his-part-aside-is-no-role"),
    pytest.param("Ann Pike, meanwhile, has denied that she kept the funds.",
                 [("indirect", "she kept the funds", "Ann Pike", None)], id="meanwhile-aside-is-no-role"),
    pytest.param("Ann Pike, perhaps, has denied that she kept the funds.",
                 [("indirect", "she kept the funds", "Ann Pike", None)], id="any-sentence-adverb-aside-is-no-role"),
    pytest.param("Ann Pike, treasurer, has denied that she kept the funds.",
                 [("indirect", "she kept the funds", "Ann Pike", "treasurer")], id="a-one-word-title-aside-stays-the-role"),
    pytest.param("Ann Pike, the party treasurer, has denied that she kept the funds.",
                 [("indirect", "she kept the funds", "Ann Pike", "the party treasurer")],
                 id="apposition-title-after-name-stays-the-role"),
    pytest.param("The firm denied it, but reports show the claim is untrue.",
                 [], id="plural-noun-reports-before-its-own-verb-is-no-cue"),
    pytest.param("The Gazette reports the claim is untrue.",
                 [("indirect", "the claim is untrue", "Gazette", None)], id="reports-as-verb-before-a-clause-is-a-cue"),
    pytest.param("Tom Bell told Gazette founder Ann Lee he would resign.",
                 [("indirect", "he would resign", "Tom Bell", None)], id="told-outlet-title-name-hearer-then-pronoun-clause"),
    pytest.param("Tom Bell told Senate leader Ann Lee the bill would fail.",
                 [("indirect", "the bill would fail", "Tom Bell", None)], id="told-body-title-name-hearer-then-clause"),
    pytest.param("Tom Bell told Gazette founder Ann Lee about the plan.",
                 [], id="told-title-name-hearer-then-about-is-no-clause"),
    pytest.param("Ann Lee's campaign launched a new ad on Monday and announced it would spend more on radio.",
                 [("indirect", "it would spend more on radio", "Ann Lee's campaign", None)],
                 id="named-possessor-body-subject-before-and-cue"),
    pytest.param("Ann Lee's campaign closed its conference on Sunday by saying it would spend more on radio.",
                 [("indirect", "it would spend more on radio", "Ann Lee's campaign", None)],
                 id="named-possessor-body-subject-before-participle-cue"),
    pytest.param("Ann Lee's campaign posted a long video on its website late on Thursday from an account called Truth "
                 "that showed Tom Bell at a rally, saying it would spend more on radio.",
                 [], id="named-possessor-body-too-far-from-participle-is-no-subject"),
    pytest.param("The board released a video in which Tom Bell called himself a moderate and admitted that he favoured higher taxes.",
                 [("indirect", "he favoured higher taxes", "Tom Bell", None)],
                 id="in-which-named-subject-does-the-and-cue"),
    pytest.param("Ann Lee released a video in which Tom Bell called himself a moderate and she admitted that he favoured higher taxes.",
                 [], id="in-which-named-subject-not-the-doer-when-a-pronoun-follows"),
    pytest.param("County Democrats opposed the levy because they said it would raise costs.",
                 [("indirect", "it would raise costs", "County Democrats", None)],
                 id="they-is-the-plural-subject-of-its-sentence"),
    pytest.param("Ann Lee spoke. Local farmers blocked the road. They said the price was too low.",
                 [("indirect", "the price was too low", "Local farmers", None)],
                 id="they-is-the-plural-subject-named-after-the-person"),
    pytest.param("Tom Bell spoke first. Thomas Andrews opposed the levy because they said it would raise costs.",
                 [("indirect", "it would raise costs", "Thomas Andrews", None)],
                 id="they-after-a-surname-in-s-is-no-plural-group"),
    pytest.param("A rule that Ann Lee said would ban cars was passed by the council on Monday.",
                 [("indirect", "would ban cars", "Ann Lee", None)], id="relative-report-in-subject-ends-before-main-verb"),
    pytest.param("A rule that Ann Lee said would ban cars that were old was passed.",
                 [("indirect", "would ban cars that were old", "Ann Lee", None)],
                 id="relative-report-in-subject-keeps-its-own-relative-verb"),
    pytest.param("The council passed a rule that Ann Lee said would ban cars that were old.",
                 [("indirect", "would ban cars that were old", "Ann Lee", None)],
                 id="relative-report-in-object-runs-to-the-end"),
    pytest.param("When Tom Bell, also known as the Fixer, lost the vote, Ann Lee walked out, saying the count was rigged.",
                 [("indirect", "the count was rigged", "Ann Lee", None)],
                 id="apposition-inside-opening-clause-then-main-subject-of-participle"),
    pytest.param("When Tom Bell, the mayor, lost the vote, Ann Lee walked out, saying the count was rigged.",
                 [("indirect", "the count was rigged", "Ann Lee", None)],
                 id="title-apposition-inside-opening-clause-then-main-subject-of-participle"),
    pytest.param("On Monday, the mayor walked out, saying the count was rigged.",
                 [("indirect", "the count was rigged", "the mayor", None)],
                 id="time-opener-comma-is-no-apposition"),
    pytest.param("The firm denied it, but Lee says the claim is untrue.",
                 [("indirect", "the claim is untrue", "Lee", None)], id="clause-with-past-verb-and-object-pronoun-is-no-role"),
    pytest.param("Ann Lee, a farmer who farmed it for years, says the claim is untrue.",
                 [("indirect", "the claim is untrue", "Ann Lee", "a farmer who farmed it for years")],
                 id="relative-clause-with-object-pronoun-stays-the-role"),
    pytest.param("Ann Carver won the vote in Kent last week. Tom Carver joined the race on Monday. "
                 "\"He will learn,\" he said. Carver herself also hinted that she is ready. \"I am ready,\" she said.",
                 [("direct", "He will learn,", "Tom Carver", None),
                  ("indirect", "she is ready", "Ann Carver", None),
                  ("direct", "I am ready,", "Ann Carver", None)],
                 id="namesake-surname-with-herself-is-the-woman"),
    pytest.param("Tom Carver won the vote in Kent last week. Ann Carver joined the race on Monday. "
                 "\"She will learn,\" she said. Carver himself also hinted that he is ready.",
                 [("direct", "She will learn,", "Ann Carver", None),
                  ("indirect", "he is ready", "Tom Carver", None)],
                 id="namesake-surname-with-himself-is-the-man"),
    pytest.param("Ann Carver won the vote in Kent last week. Tom Carver joined the race on Monday. "
                 "\"He will learn,\" he said. Carver also hinted that he is ready.",
                 [("direct", "He will learn,", "Tom Carver", None),
                  ("indirect", "he is ready", "Tom Carver", None)],
                 id="namesake-surname-without-reflexive-stays-the-last-speaker"),
    pytest.param("Neil Vance, a lawyer, spoke first. Civic Rights Watch said the trial was unfair. "
                 "He said the judge had ignored evidence.",
                 [("indirect", "the trial was unfair", "Civic Rights Watch", None),
                  ("indirect", "the judge had ignored evidence", "Neil Vance", "a lawyer")],
                 id="he-skips-a-watch-organisation-for-the-person-before"),
    pytest.param("Civic Rights Watch said the trial was unfair. He said the judge had ignored evidence.",
                 [("indirect", "the trial was unfair", "Civic Rights Watch", None)],
                 id="he-never-an-organisation-even-alone"),
    pytest.param("Ann Watch, a lawyer, said the trial was unfair. She said the judge had ignored evidence.",
                 [("indirect", "the trial was unfair", "Ann Watch", "a lawyer"),
                  ("indirect", "the judge had ignored evidence", "Ann Watch", "a lawyer")],
                 id="she-keeps-a-person-surnamed-watch"),
    pytest.param("The dockers' union blocked the levy because they said it would cut wages.",
                 [("indirect", "it would cut wages", "The dockers' union", None)],
                 id="they-is-a-collective-body-opening-its-sentence"),
    pytest.param("The town council has rejected the plan, and they said the cost was too high.",
                 [("indirect", "the cost was too high", "The town council", None)],
                 id="they-is-a-council-opening-its-sentence"),
    pytest.param("The dockers' union blocked the levy. They said it would cut wages.",
                 [],
                 id="they-no-collective-body-of-an-earlier-sentence"),
    pytest.param("The dockers' union blocked the levy. The farmers said they would sue.",
                 [("indirect", "they would sue", "The farmers", None)],
                 id="they-plural-subject-not-the-collective-body"),
    pytest.param("Nora Quill's campaign aired an advert on Monday and she said the race was tightening.",
                 [("indirect", "the race was tightening", "Nora Quill", None)],
                 id="she-after-and-is-the-possessor-of-the-subject"),
    pytest.param("Greg Pratt's firm opened a depot on Friday, and he says the jobs would stay local.",
                 [("indirect", "the jobs would stay local", "Greg Pratt", None)],
                 id="he-after-comma-and-is-the-possessor-of-the-subject"),
    pytest.param("The bakery opened a depot on Friday and he said the jobs would stay local.",
                 [],
                 id="he-after-and-never-the-body-subject"),
    pytest.param("Nora Quill's daughter opened a shop and she said the rent was high.",
                 [],
                 id="she-not-the-possessor-of-a-person"),
    pytest.param("Nora Quill's campaign aired an advert and he said the race was tightening.",
                 [],
                 id="he-not-a-possessor-of-the-other-gender"),
    pytest.param("\"Taxes are too high,\" said Dan Ortiz. Ken Hale's news conference, in which he laid out his "
                 "tax plan, ended early, but then he announced that he would step down.",
                 [("direct", "Taxes are too high,", "Dan Ortiz", None),
                  ("indirect", "he would step down", "Ken Hale", None)],
                 id="he-is-the-owner-of-the-news-conference-not-the-earlier-speaker"),
    pytest.param("\"Taxes are too high,\" said Dan Ortiz. Ken Hale's news conference, which Tom Reed attended, "
                 "ended early, but then he announced that he would step down.",
                 [("direct", "Taxes are too high,", "Dan Ortiz", None),
                  ("indirect", "he would step down", "Tom Reed", None)],
                 id="he-not-the-owner-of-the-news-conference-when-another-man-is-named"),
    pytest.param("A Kenyan exile leaves his farm. Civic Rights Watch said guards have killed 40 people near Port "
                 "Lando. The Kenyan runner Abebe Tola, who won a medal this year, drew attention to the abuses "
                 "when he raised his arms; he says he fears going home.",
                 [("indirect", "guards have killed 40 people near Port Lando", "Civic Rights Watch", None),
                  ("indirect", "he fears going home", "Abebe Tola", None)],
                 id="he-after-semicolon-is-the-sentence-subject-not-a-nationality"),
    pytest.param("\"We lost,\" said Tom Reed. The Kenyan runner Abebe Tola met Ann Lee on Monday; she says "
                 "she fears going home.",
                 [("direct", "We lost,", "Tom Reed", None),
                  ("indirect", "she fears going home", "Ann Lee", None)],
                 id="she-after-semicolon-not-the-subject-of-the-other-gender"),
    pytest.param("Bob Marsh and Jane Marsh toured Dayton on Friday. Marsh said she would return in May.",
                 [("indirect", "she would return in May", "Jane Marsh", None)],
                 id="namesake-surname-picked-by-reported-she"),
    pytest.param("Bob Marsh and Jane Marsh toured Dayton on Friday. Marsh said he would return in May.",
                 [("indirect", "he would return in May", "Bob Marsh", None)],
                 id="namesake-surname-picked-by-reported-he"),
    pytest.param("\"Hi,\" said Jane Marsh. \"Yes,\" said Bob Marsh. Marsh said she would return in May.",
                 [("direct", "Hi,", "Jane Marsh", None), ("direct", "Yes,", "Bob Marsh", None),
                  ("indirect", "she would return in May", "Jane Marsh", None)],
                 id="namesake-surname-she-over-the-last-speaker"),
    pytest.param("Bob Marsh and Tom Marsh toured Dayton on Friday. Marsh said he would return in May.",
                 [("indirect", "he would return in May", "Marsh", None)],
                 id="namesake-surname-same-gender-stays-bare"),
    pytest.param("Bob Marsh and Jane Marsh toured Dayton on Friday. Marsh said the town would recover.",
                 [("indirect", "the town would recover", "Marsh", None)],
                 id="namesake-surname-without-pronoun-stays-bare"),
    pytest.param("Bob Marsh and Jane Marsh toured Dayton on Friday. Marsh said the town would recover. "
                 "\"We will be back,\" she added.",
                 [("indirect", "the town would recover", "Jane Marsh", None),
                  ("direct", "We will be back,", "Jane Marsh", None)],
                 id="namesake-surname-picked-by-following-she-cue"),
    pytest.param("Bob Marsh and Jane Marsh toured Dayton on Friday. Marsh said the town would recover. "
                 "Ann Cole disagreed. \"We will be back,\" she added.",
                 [("indirect", "the town would recover", "Marsh", None),
                  ("direct", "We will be back,", "Ann Cole", None)],
                 id="namesake-surname-not-picked-by-a-cue-after-another-name"),
    # A weak cue in a sentence-opening subordinate clause: its object ends at the comma.
    pytest.param(
        "Mary Stone kept a blog about the airport. But after she posted photos of herself at the gate, "
        "Fly Air suspended her without pay.",
        [],
        id="a-weak-cue-in-an-opening-subordinate-clause-reports-no-main-clause"),
    pytest.param(
        "Mary Stone kept a blog about the airport. She posted that the gate was closed, and nobody came.",
        [("indirect", "the gate was closed, and nobody came", "Mary Stone", None)],
        id="a-weak-cue-in-a-main-clause-still-reports-its-clause"),
    # "says so himself": "so" refers back; no clause.
    pytest.param(
        "Tom Field should be dead.\nHe says so himself in a calm way as he recalls the crash.",
        [],
        id="says-so-himself-is-no-report"),
    pytest.param(
        "Tom Field should be dead.\nHe says so many people helped him that he cannot thank them all.",
        [("indirect", "so many people helped him that he cannot thank them all", "Tom Field", None)],
        id="says-so-before-a-clause-is-still-a-report"),
    # A denial of a claim noun and its that-clause: the report is the clause.
    pytest.param(
        "Lawyer Jane Doe denied accusations that she had taken the money.",
        [("indirect", "she had taken the money", "Jane Doe", "Lawyer")],
        id="denied-accusations-that-reports-the-clause-after-that"),
    pytest.param(
        "Lawyer Jane Doe denied reports that appeared in the local paper.",
        [],
        id="denied-reports-that-and-a-verb-is-a-relative-clause-no-report"),
    # A pronoun with nobody named of its gender: the unnamed man or woman a sentence opened with.
    pytest.param(
        "Police were called to the flat on Friday.\nA 45-year-old man has been charged with the murder. "
        "He said he was innocent.",
        [("indirect", "he was innocent", "A 45-year-old man", None)],
        id="he-with-nobody-named-is-the-unnamed-man-a-sentence-opened-with"),
    pytest.param(
        "Police were called to the flat on Friday.\nA 45-year-old woman has been charged with the murder. "
        "He said he was innocent.",
        [],
        id="he-after-an-unnamed-woman-has-no-speaker"),
    pytest.param(
        "New bridge opens\nA local man watched the work. Mayor Ann Roe opened the bridge on Monday. "
        "He said the bridge was safe.",
        [("indirect", "the bridge was safe", "A local man", None)],
        id="he-after-a-woman-named-is-the-unnamed-man-before-her"),
    pytest.param(
        "New bridge opens\nA local man watched the work. Mayor Ann Roe opened the bridge on Monday. "
        "She said the bridge was safe.",
        [("indirect", "the bridge was safe", "Ann Roe", "Mayor")],
        id="she-after-a-woman-named-is-she"),
    # An apposition whose closing comma is left out: the phrase before its comma is the subject.
    pytest.param(
        "Mark Tully QC, a member of Lord Smith's Garden Chambers says the ruling is wrong.",
        [("indirect", "the ruling is wrong", "Mark Tully", "a member of Lord Smith's Garden Chambers")],
        id="a-name-then-an-apposition-with-no-closing-comma-is-the-speaker"),
    pytest.param(
        "A report published by Mark Tully QC, a member of Lord Smith's Garden Chambers says the minister "
        "warned the cabinet.",
        [("indirect", "the minister warned the cabinet", "A report published by Mark Tully QC", None)],
        id="a-document-then-an-apposition-with-no-closing-comma-is-the-source"),
    pytest.param(
        "The agency quoted Tom Bell, a Leeds native, as saying that the driver fled.",
        [("indirect", "the driver fled", "Tom Bell", "a Leeds native")],
        id="quoted-a-name-and-an-apposition-as-saying-is-the-name"),
    pytest.param(
        "On Monday, a spokesman says the ruling is wrong.",
        [("indirect", "the ruling is wrong", "a spokesman", None)],
        id="a-time-opener-before-a-description-is-no-subject"),
    pytest.param(
        "The aim, an inside source said, was to close the mill.",
        [("indirect", "The aim, an inside source said, was to close the mill", "an inside source", None)],
        id="a-common-noun-subject-before-a-source-in-commas-is-not-the-speaker"),
    # A heading run into the paragraph with no stop, then a quote opening a sentence of its own.
    pytest.param(
        "\"We want an answer,\" Mr Pol said. Kenya may find it has a friendly ear in Paris \"The EU will "
        "stand with Nairobi and we hope that happens soon,\" said Jean Dupont, a spokesman for the ministry.",
        [("direct", "We want an answer,", "Pol", None),
         ("direct", "The EU will stand with Nairobi and we hope that happens soon,", "Jean Dupont",
          "a spokesman for the ministry")],
        id="a-heading-run-into-a-quote-that-opens-a-sentence-is-no-lead"),
    pytest.param(
        "Mr Pol met the press.\nThe plan would be \"a disaster for all of us and the town,\" said Jean Dupont, a spokesman.",
        [("mixed", "The plan would be \"a disaster for all of us and the town,\"", "Jean Dupont", "a spokesman")],
        id="a-lead-into-a-lower-case-fragment-is-one-mixed-quote"),
    # A pronoun in a narrative paragraph that opens with a person's possessive: that person.
    pytest.param(
        "Bands won prizes at the gala.\n"
        "After beating three rivals to the top newcomer prize, Jem Stone said: \"I cannot find the words.\"\n"
        "Clowns handed the top album prize to Danny Wells dressed as his bandmates Ollie Barr and "
        "Howard Drury.\n\n"
        "Wells' record beat albums by Will Yoon, Mara Lott and Red Harbour in a poll of viewers. "
        "It is his 12th trophy. He told the crowd: \"I am still surprised that people keep listening.\"",
        [("direct", "I cannot find the words.", "Jem Stone", None),
         ("direct", "I am still surprised that people keep listening.", "Danny Wells", None)],
        id="he-in-a-paragraph-opening-with-a-possessive-name-is-that-person"),
    pytest.param(
        "Bands won prizes at the gala.\n"
        "After beating three rivals to the top newcomer prize, Jem Stone said: \"I cannot find the words.\"\n"
        "Clowns handed the top album prize to Danny Wells dressed as his bandmates Ollie Barr and "
        "Howard Drury.\n\n"
        "Wells' record beat albums by Will Yoon in a poll of viewers. Drury was not there. "
        "He told the crowd: \"I am still surprised that people keep listening.\"",
        [("direct", "I cannot find the words.", "Jem Stone", None),
         ("direct", "I am still surprised that people keep listening.", "Howard Drury", None)],
        id="he-after-a-sentence-opening-with-another-name-is-not-the-paragraph-topic"),
    # "one doing A and another alleging B": no garbled speaker made of both.
    pytest.param(
        "The firm is also facing three claims - one accusing it of underpaying drivers and another alleging "
        "it misleads older buyers.",
        [],
        id="one-doing-a-and-another-alleging-b-gives-no-garbled-speaker"),
    pytest.param(
        "One of the men and another said the fire was bad.",
        [("indirect", "the fire was bad", "One of the men and another", None)],
        id="one-of-the-men-and-another-is-one-subject"),
    # A person's own full name is no role.
    pytest.param(
        "\"We want to be the loudest,\" Vexo said on Monday.\n"
        "The band began when Nico put up a poster, attracting pupils Peter Marsh (Vexo, vocals) and Adam Pike (bass).",
        [("direct", "We want to be the loudest,", "Vexo", None)],
        id="a-real-name-beside-a-stage-name-is-no-role"),
    pytest.param(
        "\"We want to be the loudest,\" Vexo said on Monday.\n"
        "The band began when Nico put up a poster, attracting pupils Peter Marsh (Vexo, Acme Records) and Adam Pike (bass).",
        [("direct", "We want to be the loudest,", "Vexo", None)],
        id="a-firm-name-beside-a-stage-name-is-no-role-either"),
    # An opening preposition's phrase before a title is no part of the role.
    pytest.param(
        "After the meeting Foreign Secretary Tom Shaw said the talks went well.",
        [("indirect", "the talks went well", "Tom Shaw", "Foreign Secretary")],
        id="after-the-meeting-before-a-title-is-no-part-of-the-role"),
    pytest.param(
        "The meeting chairman Tom Shaw said the talks went well.",
        [("indirect", "the talks went well", "Tom Shaw", "The meeting chairman")],
        id="a-noun-before-a-title-with-no-preposition-stays-in-the-role"),
    # "warned X that …": the hearer, then the clause.
    pytest.param(
        "Lord Fenn warned ministers that they should brace for a fight on the bill.",
        [("indirect", "they should brace for a fight on the bill", "Lord Fenn", None)],
        id="warned-a-hearer-that-reports-the-clause-after-that"),
    pytest.param(
        "Lord Fenn warned the cabinet that it would lose.",
        [("indirect", "it would lose", "Lord Fenn", None)],
        id="warned-the-hearer-that-reports-the-clause-after-that"),
    pytest.param(
        "Tom Hale warned voters that were angry about the plan.",
        [("indirect", "voters that were angry about the plan", "Tom Hale", None)],
        id="warned-a-noun-and-a-relative-that-keeps-the-span"),
    # "argued for X": a thing urged, no reported clause.
    pytest.param(
        "The Harbour Democrats have argued for freedom in setting parking rules, rather than having \"fixed quotas\".",
        [],
        id="argued-for-a-noun-is-no-report"),
    pytest.param(
        "The Harbour Democrats have argued for years that the rules are unfair.",
        [("indirect", "the rules are unfair", "Harbour Democrats", None)],
        id="argued-for-years-that-is-a-report"),
    # A cue coordinated with the verb of a "that" clause on a thing: the thing's act, no report.
    pytest.param(
        "Film stars came to Leeds on Saturday.\nKit Vane, Lorcan Dimarco and Rick Gale were some of the actors "
        "who came. They stepped out under a sky that threatened hail one minute and promised sunshine the next. "
        "The loudest cheer was for film star Lorcan Dimarco, who stopped to sign autographs. "
        "He said the welcome was \"unlike anything I have seen\".",
        [("mixed", "the welcome was \"unlike anything I have seen\"", "Lorcan Dimarco", "film star")],
        id="a-things-second-verb-is-no-report-and-he-is-the-person-a-who-clause-describes"),
    pytest.param(
        "Tom Hale met a group that opposed the plan and said it would fail.",
        [("indirect", "it would fail", "Tom Hale", None)],
        id="a-group-that-opposed-and-said-is-no-things-act"),
    pytest.param(
        "Film stars came to Leeds on Saturday.\nKit Vane, Lorcan Dimarco and Rick Gale were some of the actors "
        "who came. The loudest cheer was for film star Lorcan Dimarco and Rick Gale, who stopped to sign "
        "autographs. He said the welcome was \"unlike anything I have seen\".",
        [("mixed", "the welcome was \"unlike anything I have seen\"", "Kit Vane", None)],
        id="he-after-a-who-clause-on-two-people-is-not-either"),
    # A few quoted words opening a paragraph before "has become …": a term, no continuation.
    pytest.param(
        "\"I cannot reach him while he is gaming, there is no use at all,\" one wife wrote.\n\n"
        "\"Console widows\" has become a term for women shut out by gamers.",
        [("direct", "I cannot reach him while he is gaming, there is no use at all,", "one wife", None)],
        id="a-quoted-term-before-has-become-is-no-continuation"),
    pytest.param(
        "\"I cannot reach him while he is gaming, there is no use at all,\" one wife wrote.\n\n"
        "\"He never even looks up from the screen when I come home late\" is how it goes every night.",
        [("direct", "I cannot reach him while he is gaming, there is no use at all,", "one wife", None),
         ("direct", "He never even looks up from the screen when I come home late", "one wife", None)],
        id="a-long-quote-opening-a-paragraph-still-continues"),
    # A cue in an "if" clause with a pronoun subject: a condition, no statement.
    pytest.param(
        "Tom Hale spoke to us. If he says the plan is dead, the town will riot.",
        [],
        id="if-he-says-is-a-condition-no-report"),
    pytest.param(
        "Tom Hale spoke to us. He says the plan is dead, if the vote fails.",
        [("indirect", "the plan is dead, if the vote fails", "Tom Hale", None)],
        id="he-says-before-an-if-clause-is-a-report"),
    # "told the <outlet> <person> had …": the person opens the clause, not the hearer.
    pytest.param(
        "Sources close to the party told the WKXR Mr Hale had long been in favour of the plan.",
        [("indirect", "Mr Hale had long been in favour of the plan", "Sources close to the party", None)],
        id="told-an-outlet-then-an-honorific-name-opens-the-clause"),
    pytest.param(
        "Aides told the WKXR Tom Hale had always backed the plan.",
        [("indirect", "Tom Hale had always backed the plan", "Aides", None)],
        id="told-an-acronym-outlet-then-a-given-name-opens-the-clause"),
    pytest.param(
        "Aides told the Daily Post the plan had failed.",
        [("indirect", "the plan had failed", "Aides", None)],
        id="told-a-named-outlet-then-a-clause-keeps-the-outlet-whole"),
    # "Olympian" is a title before a name.
    pytest.param(
        "Olympian Brackley tried to make up ground with his five throws. \"I was told not to throw by my coach,\" said Brackley.",
        [("direct", "I was told not to throw by my coach,", "Brackley", "Olympian")],
        id="olympian-before-a-surname-is-a-title"),
    pytest.param(
        "The Olympian said the track was slow.",
        [("indirect", "the track was slow", "The Olympian", None)],
        id="the-olympian-alone-is-a-description"),
    pytest.param("Councillor Hal Brenner last week joked to Finance Director Ruth Oyelaran that the ferry would never run on time.",
                 [("indirect", "the ferry would never run on time", "Hal Brenner", "Councillor")],
                 id="a-that-cue-takes-its-clause-after-a-named-hearer"),
    pytest.param("Nessa Quill could be heard shouting to the firefighters that her son was still inside.",
                 [("indirect", "her son was still inside", "Nessa Quill", None)],
                 id="a-that-cue-takes-its-clause-after-a-the-hearer"),
    pytest.param("The trust reported to the county auditor that its reserves had fallen by half.",
                 [("indirect", "its reserves had fallen by half", "The trust", None)],
                 id="a-body-reported-to-a-hearer-that-is-a-report"),
    pytest.param("Hal Brenner joked to reporters about his fishing trip.",
                 [],
                 id="a-that-cue-with-a-hearer-and-no-that-reports-nothing"),
    pytest.param("Hal Brenner continued to insist that the ferry was safe.",
                 [("indirect", "the ferry was safe", "Hal Brenner", None)],
                 id="continued-to-insist-is-no-hearer-phrase"),
    pytest.param("Both plans ran counter to the mayor's earlier statements that fees would not rise.",
                 [],
                 id="counter-to-is-contrary-to-no-hearer"),
    pytest.param("Nessa Quill insisted without any proof that the pier was sinking.",
                 [("indirect", "the pier was sinking", "Nessa Quill", None)],
                 id="a-without-phrase-before-that-is-no-part-of-the-report"),
    pytest.param("Nessa Quill left without saying a word.",
                 [],
                 id="without-saying-a-word-reports-nothing"),
    pytest.param("Harbourline reported it sold 40,000 tickets in the first week.",
                 [("indirect", "it sold 40,000 tickets in the first week", "Harbourline", None)],
                 id="a-weak-cue-then-a-pronoun-and-an-irregular-past-is-a-report"),
    pytest.param("Mara Quint confirmed they kept the old oven.",
                 [("indirect", "they kept the old oven", "Mara Quint", None)],
                 id="confirmed-then-a-pronoun-and-an-irregular-past-is-a-report"),
    pytest.param("Harbourline reported it to the harbour police.",
                 [],
                 id="a-weak-cue-with-a-pronoun-object-reports-nothing"),
    pytest.param("The club reported them missing on Sunday.",
                 [],
                 id="a-weak-cue-with-a-pronoun-object-and-a-predicate-adjective-reports-nothing"),
    pytest.param("Governor Ruth von Castro spoke on Monday. Many people came. Von Castro said the city was ready. "
                 "She said the roads were closed.",
                 [("indirect", "the city was ready", "Ruth von Castro", "Governor"),
                  ("indirect", "the roads were closed", "Ruth von Castro", "Governor")],
                 id="a-capitalised-name-particle-at-a-sentence-start-is-the-lower-case-one-von"),
    pytest.param("Mayor Ana Lopez da Silva spoke. Da Silva said the port was open.",
                 [("indirect", "the port was open", "Ana Lopez da Silva", "Mayor")],
                 id="a-capitalised-name-particle-at-a-sentence-start-is-the-lower-case-one-da"),
    pytest.param("Senator Omar al-Hakim spoke. Al-Hakim said the talks would go on.",
                 [("indirect", "the talks would go on", "Omar al-Hakim", "Senator")],
                 id="an-arabic-article-joined-to-a-surname-keeps-the-title"),
    pytest.param("Governor Ruth Castro spoke. Von Hagel said the city was ready.",
                 [("indirect", "the city was ready", "Von Hagel", None)],
                 id="a-particle-name-is-not-linked-to-a-person-of-another-surname"),
    pytest.param("Principal Dana Webb said no. But she said bullying was a problem.",
                 [("indirect", "no", "Dana Webb", "Principal"),
                  ("indirect", "bullying was a problem", "Dana Webb", "Principal")],
                 id="a-lower-case-no-and-a-full-stop-end-the-sentence-before-but-she-said"),
    pytest.param("The team was ranked no. 3 in the state, coach Dana Webb said.",
                 [("indirect", "The team was ranked no. 3 in the state", "Dana Webb", "coach")],
                 id="a-lower-case-no-before-a-number-is-an-abbreviation"),
    pytest.param("Nora Quill's campaign aired an ad on Monday. She said that the ad was fair.",
                 [("indirect", "the ad was fair", "Nora Quill", None)],
                 id="a-possessor-named-first-takes-the-pronoun-opening-the-next-sentence"),
    pytest.param("Nora Quill's aide aired an ad. She said the ad was fair.",
                 [],
                 id="a-possessor-of-a-person-leaves-the-next-pronoun-to-that-person"),
    pytest.param("Nora Quill's campaign attacked Tom Brill. She said the ad was fair.",
                 [],
                 id="a-possessor-named-first-with-another-person-named-after-takes-no-pronoun"),
    pytest.param("Owen Pratt's firm builds bridges, and he says the market is weak.",
                 [("indirect", "the market is weak", "Owen Pratt", None)],
                 id="a-possessor-with-a-given-name-the-lexicon-lacks-takes-the-pronoun-of-the-article"),
    pytest.param("Tamsin Vale's shop opened on Monday, and he says sales are slow. Later Ms. Tamsin Vale "
                 "opened her second shop, and she was pleased with her staff.",
                 [],
                 id="a-possessor-with-an-unknown-given-name-the-article-gives-another-gender-takes-no-pronoun"),
    pytest.param("Prime Minister Delphine May said that the talks with the rail unions had failed.",
                 [("indirect", "the talks with the rail unions had failed", "Delphine May", "Prime Minister")],
                 id="a-surname-that-is-also-a-modal-after-a-given-name-is-no-modal"),
    pytest.param("Orsolya Will wrote that the toll on the old bridge was unfair.",
                 [("indirect", "the toll on the old bridge was unfair", "Orsolya Will", None)],
                 id="will-after-a-capitalised-given-name-is-a-surname"),
    pytest.param("While Will wrote that the toll on the old bridge was unfair, he paid it.",
                 [],
                 id="a-capitalised-modal-after-a-sentence-opener-is-no-surname"),
    pytest.param("Columnist Orsolya Will wrote that the toll on the old bridge was unfair.",
                 [("indirect", "the toll on the old bridge was unfair", "Orsolya Will", "Columnist")],
                 id="an-occupation-before-a-modal-surname-is-the-role-not-part-of-the-name"),
    pytest.param("“The toll is unfair,” wrote columnist Orsolya Will.",
                 [("direct", "The toll is unfair,", "Orsolya Will", "columnist")],
                 id="a-lower-case-occupation-before-a-modal-surname-is-the-role"),
    pytest.param("Officials May said the toll on the old bridge was unfair.",
                 [],
                 id="a-capitalised-modal-after-a-plural-noun-is-no-surname-of-a-titled-name"),
    pytest.param("“We looked at the books,” said Tomas Gale. Rina Varga said in the spring, when the payroll "
                 "story broke, “I did not move any money to anyone.”",
                 [("direct", "We looked at the books,", "Tomas Gale", None),
                  ("direct", "I did not move any money to anyone.", "Rina Varga", None)],
                 id="a-closing-aside-opened-by-when-lengthens-the-reach-of-the-cue-before-a-quote"),
    pytest.param("“We looked at the books,” said Tomas Gale. Rina Varga said in the spring of last year, when the "
                 "long and bitter payroll story about the old mill first broke in the town, “I did not move any money.”",
                 [("direct", "We looked at the books,", "Tomas Gale", None)],
                 id="a-long-closing-aside-does-not-lengthen-the-cue-reach"),
    pytest.param("In a poll of the club, 140 members said they wanted to back Ann Dole. The national unions are "
                 "aware of the mood. But they maintain that most members back Tom Vance.",
                 [("indirect", "they wanted to back Ann Dole", "140 members", None),
                  ("indirect", "most members back Tom Vance", "The national unions", None)],
                 id="they-after-a-later-sentence-opening-with-another-plural-subject-is-that-subject"),
    pytest.param("In a poll of the club, 140 members said they wanted to back Ann Dole. Prices are rising. "
                 "They said that most members back Tom Vance.",
                 [("indirect", "they wanted to back Ann Dole", "140 members", None),
                  ("indirect", "most members back Tom Vance", "140 members", None)],
                 id="they-after-a-capitalised-plural-thing-stays-with-the-group-that-spoke"),
    pytest.param("Officials May say that the toll on the old bridge was unfair.",
                 [],
                 id="a-capitalised-modal-after-a-plain-noun-stays-a-modal"),
    pytest.param("Two tenants, Marta Quill and Oskar Brandt, had sued the landlord, arguing that the rent rise was unlawful.",
                 [("indirect", "the rent rise was unlawful", "Marta Quill and Oskar Brandt", None)],
                 id="an-apposition-listing-two-names-is-the-subject"),
    pytest.param("Two tenants, Marta Quill and the Harbor Trust, had sued the landlord, arguing that the rent rise was unlawful.",
                 [],
                 id="an-apposition-listing-a-name-and-a-body-is-no-named-subject"),
    pytest.param("A clip showed Wren Tallis stumbling at the fair this week (his office later disclosed that he has a sprained ankle).",
                 [("indirect", "he has a sprained ankle", "his office", None)],
                 id="an-open-parenthesis-before-the-cue-starts-the-aside-clause-and-its-subject"),
    pytest.param("Wren Tallis (a farmer from Dale) said that the harvest was poor.",
                 [("indirect", "the harvest was poor", "Wren Tallis", None)],
                 id="a-closed-parenthesis-before-the-cue-stays-inside-the-subject"),
    pytest.param("The ministry had pushed back against claims by farm agencies that some grain letters should be sealed.",
                 [("indirect", "some grain letters should be sealed", "farm agencies", None)],
                 id="claims-by-a-source-that-report-the-claimant"),
    pytest.param("The ministry had pushed back against claims by the weather that some grain letters should be sealed.",
                 [],
                 id="claims-by-no-source-report-nothing"),
    pytest.param("The ad echoed the campaign's earlier claim that Ms. Quill would raise the ferry fares - an argument that failed.",
                 [("indirect", "Ms. Quill would raise the ferry fares", "the campaign", None)],
                 id="a-source-noun-possessor-claim-reports-up-to-the-dash"),
    pytest.param("The ad echoed the bill's earlier claim that Ms. Quill would raise the ferry fares.",
                 [],
                 id="a-thing-possessor-claim-reports-nothing"),
    # (review 17b) an organisation opening the sentence as a possessor never takes "she"/"he"
    pytest.param("Acme Corp's firm lost the bid, and she says the rules were unfair.", [],
                 id="en-possessor-opening-organisation-not-she"),
    pytest.param("Veltra Inc's unit lost the tender, and he says the process was rigged.", [],
                 id="en-possessor-opening-inc-not-he"),
    pytest.param("Brannoc Hale's firm lost the tender, and he says the process was rigged.",
                 [("indirect", "the process was rigged", "Brannoc Hale", None)],
                 id="en-possessor-opening-unknown-given-name-he"),
    # (review 17b) a person known by surname and title ("Mr. Pratt") is read for the gender
    pytest.param("Mr. Pratt spoke first. Owen Pratt's firm lost the bid, and he says the rules were unfair.",
                 [("indirect", "the rules were unfair", "Owen Pratt", None)],
                 id="en-possessor-opening-known-surname-he"),
    pytest.param("Mr. Pratt spoke first. Owen Pratt's firm lost the bid, and she says the rules were unfair.",
                 [("indirect", "the rules were unfair", "Pratt", None)],  # not Owen Pratt (the older
                 id="en-possessor-opening-known-surname-not-she"),  # fallback to the titled man stays)
    # (review 17b) "running" is no possessed person: "running shoes" is a thing, "running mate" a person
    pytest.param("Nora Quill's running shoes were stolen at the gym. She said the thief was fast.",
                 [("indirect", "the thief was fast", "Nora Quill", None)],
                 id="en-possessor-running-shoes-she"),
    pytest.param("Nora Quill's running mate aired an ad. She said the plan was sound.", [],
                 id="en-possessor-running-mate-not-she"),
    # (review 17b) "no." before a bracketed or "#" number goes on; before no number it ends the sentence
    pytest.param("Coach Dana Webb said the team was ranked no. (3) in the state and would rise.",
                 [("indirect", "the team was ranked no. (3) in the state and would rise", "Dana Webb", "Coach")],
                 id="en-no-dot-bracket-number-goes-on"),
    pytest.param("Coach Dana Webb said the team was ranked no. #3 in the state and would rise.",
                 [("indirect", "the team was ranked no. #3 in the state and would rise", "Dana Webb", "Coach")],
                 id="en-no-dot-hash-number-goes-on"),
    pytest.param("Coach Dana Webb said no. But she said the team would rise.",
                 [("indirect", "no", "Dana Webb", "Coach"),
                  ("indirect", "the team would rise", "Dana Webb", "Coach")],
                 id="en-no-dot-before-no-number-ends"),
    # (review 17b) a plural description opening a sentence never takes "he"/"she"; a surname in -s does
    pytest.param("Voters said no. He said the result was fair.",
                 [("indirect", "no", "Voters", None)],
                 id="en-plural-description-not-he"),
    pytest.param("Residents said the road was unsafe. She said the council must act.",
                 [("indirect", "the road was unsafe", "Residents", None)],
                 id="en-plural-description-not-she"),
    pytest.param("Hollis said no. He said the result was fair.",
                 [("indirect", "no", "Hollis", None), ("indirect", "the result was fair", "Hollis", None)],
                 id="en-surname-in-s-takes-he"),
    # (review 17b) every kin noun is a possessed person: the uncle may be "he", so no guess
    pytest.param("Owen Pratt's uncle opened a bakery. He said the rent was high.", [],
                 id="en-possessor-kin-uncle-not-he"),
    pytest.param("Owen Pratt's bakery opened on the high street. He said the rent was high.",
                 [("indirect", "the rent was high", "Owen Pratt", None)],
                 id="en-possessor-thing-bakery-he"),
    # (review 17b) a later "Mr. Pratt" outweighs the "she" being resolved, which is no evidence for itself
    pytest.param("Owen Pratt's firm lost the bid, and she says the rules were unfair. Mr. Pratt said his firm "
                 "would appeal. He said the judge erred.",
                 [("indirect", "his firm would appeal", "Pratt", None), ("indirect", "the judge erred", "Pratt", None)],
                 id="en-possessor-opening-later-mr-not-she"),
    pytest.param("Ms. Pratt spoke first. Owen Pratt's firm lost the bid, and she says the rules were unfair.",
                 [("indirect", "the rules were unfair", "Owen Pratt", None)],
                 id="en-possessor-opening-known-ms-she"),
    pytest.param('Former councillor Ida Vance, who on Monday backed Olsen, said Tuesday she agrees with the ruling.',
                 [('indirect', 'she agrees with the ruling', 'Ida Vance', 'Former councillor')],
                 id='time-word-then-pronoun-after-relative-subject-opens-the-report'),
    pytest.param('The ferry will stop in May, Ida Vance, who chairs the board, said Tuesday on the radio.',
                 [],
                 id='time-word-then-place-after-cue-stays-an-inverted-occasion'),
    pytest.param('Some of the nurses said they had marched outside the clinic; helped run rallies for the strike; and set up a fund for the families.',
                 [('indirect', 'they had marched outside the clinic; helped run rallies for the strike; and set up a fund for the families', 'Some of the nurses', None)],
                 id='semicolon-list-closed-by-and-is-one-report'),
    pytest.param('Ida Vance said the levy was unfair; the council disagreed; Olsen stayed silent.',
                 [('indirect', 'the levy was unfair', 'Ida Vance', None)],
                 id='semicolons-without-a-closing-and-still-end-the-report'),
    pytest.param('Ida Vance said the council should drop the levy, a plan the mayor has defended for months.',
                 [('indirect', 'the council should drop the levy', 'Ida Vance', None)],
                 id='closing-aside-with-a-contact-clause-is-no-part-of-the-report'),
    pytest.param('Ida Vance said she should face no fine, a ruling Judge Piet Olsen upheld.',
                 [('indirect', 'she should face no fine', 'Ida Vance', None)],
                 id='closing-aside-with-named-subject-contact-clause'),
    pytest.param('Ida Vance said that by noon, a crowd the police counted at 500 had gathered.',
                 [('indirect', 'by noon, a crowd the police counted at 500 had gathered', 'Ida Vance', None)],
                 id='aside-noun-as-subject-of-main-verb-stays-in-the-report'),
    pytest.param('Ida Vance said two of the files were moved to the top tier, a stricter grade for papers that affect safety.',
                 [('indirect', 'two of the files were moved to the top tier', 'Ida Vance', None)],
                 id='closing-aside-noun-then-for-and-relative'),
    pytest.param('Ida Vance brags the new ferry is already full.',
                 [('indirect', 'the new ferry is already full', 'Ida Vance', None)],
                 id='brag-without-that-reports-a-clause'),
    pytest.param('Vance, who brags she has held 90 meetings in Dunmore, will not quit.',
                 [('indirect', 'she has held 90 meetings in Dunmore', 'Vance', None)],
                 id='brag-in-relative-clause-reports-a-clause'),
    pytest.param('Ida Vance bragged about her garden at the fair.',
                 [],
                 id='brag-about-a-topic-reports-nothing'),
    pytest.param('Ida Vance boasted prematurely about her harvest.',
                 [],
                 id='manner-adverb-then-about-is-a-topic-not-a-report'),
    pytest.param('Ida Vance said recently about half of the farms had closed.',
                 [('indirect', 'about half of the farms had closed', 'Ida Vance', None)],
                 id='manner-adverb-then-amount-about-still-reports'),
    pytest.param('More than two-thirds of the young nurses predict they will earn more than their parents.',
                 [('indirect', 'they will earn more than their parents', 'More than two-thirds of the young nurses', None)],
                 id='hyphenated-fraction-after-more-than-opens-a-share-subject'),
    pytest.param('The new ferry costs more than two-thirds of the harbour budget, which the board approved.',
                 [],
                 id='comparison-with-hyphenated-fraction-is-no-speaker'),
    pytest.param('While the nurses said Vance has the "best record," Olsen is the one voters trust most.',
                 [('mixed', 'Vance has the "best record,"', 'the nurses', None)],
                 id='subordinate-report-ends-at-comma-inside-closing-mark'),
    pytest.param('While the nurses said Vance was "bold, fair," and kind, Olsen was the winner.',
                 [('mixed', 'Vance was "bold, fair," and kind', 'the nurses', None)],
                 id='subordinate-report-fragment-comma-then-and-goes-on'),
    pytest.param('In a season in which most nurses say they do not trust Vance, even some allies doubted her plan.',
                 [('indirect', 'they do not trust Vance', 'most nurses', None)],
                 id='relative-clause-in-opening-adverbial-ends-the-report-at-its-comma'),
    pytest.param('In the town where Vance lives, officials said the ferry would stop, and the mayor agreed.',
                 [('indirect', 'the ferry would stop', 'officials', None)],
                 id='relative-clause-in-opening-adverbial-without-cue-leaves-main-report-whole'),
    pytest.param("Home Secretary Jane Pollard has said the vote could be held in May. But in an interview with the "
                 "Northern Courier, Prime Minister Tom Harlow refused to name a date, saying the vote would come "
                 "\"some time next year\".",
                 [("indirect", "the vote could be held in May", "Jane Pollard", "Home Secretary"),
                  ("mixed", "the vote would come \"some time next year\"", "Tom Harlow", "Prime Minister")],
                 id="en-but-then-a-long-opening-phrase-before-the-participles-subject"),
    pytest.param("Prime Minister Tom Harlow visited Leeds. But he refused to name a date in an interview with the "
                 "Northern Courier, saying the vote would come next year.",
                 [("indirect", "the vote would come next year", "Tom Harlow", "Prime Minister")],
                 id="en-but-then-a-pronoun-subject-is-no-opening-phrase"),
    pytest.param("Dutch co-chairman Pieter Vlaar will step down. \"We are ready,\" Mr Vlaar said.",
                 [("direct", "We are ready,", "Pieter Vlaar", "Dutch co-chairman")],
                 id="en-a-co-title-before-the-name-is-the-role"),
    pytest.param("Dutch co-operative Vlaar Foods will step down. \"We are ready,\" Pieter Vlaar said.",
                 [("direct", "We are ready,", "Pieter Vlaar", None)],
                 id="en-a-co-word-that-is-no-title-gives-no-role"),
    pytest.param("Relief co-ordinator Cory Dunmore arrived on Monday. \"Not one of these pumps works,\" he said.",
                 [("direct", "Not one of these pumps works,", "Cory Dunmore", "Relief co-ordinator")],
                 id="en-the-british-co-ordinator-is-a-title"),
    pytest.param("The new governor, Alma Ferrand, has said a short list of farms is being drawn up.",
                 [("indirect", "a short list of farms is being drawn up", "Alma Ferrand", "The new governor")],
                 id="en-the-title-opening-the-sentence-before-the-apposed-name-is-the-role"),
    pytest.param("Its governor, Alma Ferrand, has said a short list of farms is being drawn up.",
                 [("indirect", "a short list of farms is being drawn up", "Alma Ferrand", None)],
                 id="en-a-possessive-title-before-the-apposed-name-points-elsewhere"),
    pytest.param("Regional airlines have attacked the new levy saying they could be forced to raise fares.",
                 [("indirect", "they could be forced to raise fares", "Regional airlines", None)],
                 id="en-a-participle-with-no-comma-after-the-verbs-object-reports-for-the-subject"),
    pytest.param("Party leader Ruth Ambler attacked the scheme for farmers saying they wanted \"fair prices and fair "
                 "treatment,\" not \"handouts\".",
                 [("mixed", "they wanted \"fair prices and fair treatment,\" not \"handouts\"", "Ruth Ambler",
                   "Party leader")],
                 id="en-a-participle-with-no-comma-after-people-governed-by-for-reports-for-the-subject"),
    pytest.param("Mayor Ruth Ambler met angry farmers saying the river was rising.",
                 [],
                 id="en-a-participle-with-no-comma-after-people-may-be-theirs"),
    pytest.param("Councillor Bea Thorne thanked the local nurses saying the ward had been saved.",
                 [],
                 id="en-a-participle-with-no-comma-after-a-lexicon-crowd-noun-may-be-theirs"),
    pytest.param("Councillor Bea Thorne thanked the local crowds saying the ward had been saved.",
                 [],
                 id="en-a-participle-with-no-comma-after-a-listed-people-plural-may-be-theirs"),
    pytest.param("Farmer Ruth Ambler also left the NFU saying the union had \"lost its way\".",
                 [("mixed", "the union had \"lost its way\"", "Ruth Ambler", "Farmer")],
                 id="en-a-participle-with-no-comma-after-a-bodys-initials-reports-for-the-subject"),
    pytest.param("Farmer Ruth Ambler met the Grange Club saying the union had lost its way.",
                 [],
                 id="en-a-participle-with-no-comma-after-a-capitalised-name-is-no-report-of-the-subject"),
    pytest.param("Party leader Ruth Ambler visited Dorrow. But the party leader rejected the plan, saying it was too "
                 "costly.",
                 [("indirect", "it was too costly", "Ruth Ambler", "Party leader")],
                 id="en-but-before-a-described-subject-of-a-participle"),
    pytest.param("Peter Varga, the transport minister, spoke to the summit on Friday. \u201cWe need more money for the "
                 "roads,\u201d Varga went on. Ana Lind disagreed.",
                 [("direct", "We need more money for the roads,", "Peter Varga", "the transport minister")],
                 id="en-went-on-after-a-quote-mid-paragraph-is-a-cue"),
    pytest.param("Peter Varga, the transport minister, spoke to the summit on Friday. \u201cWe need more money for the "
                 "roads,\u201d Varga pressed on. Ana Lind disagreed.",
                 [("direct", "We need more money for the roads,", "Peter Varga", "the transport minister")],
                 id="en-pressed-on-after-a-quote-is-a-cue"),
    pytest.param("Peter Varga, the transport minister, spoke on Friday. \u201cWe need more money for the roads.\u201d "
                 "The talks went on.",
                 [],
                 id="en-went-on-after-a-closed-quote-sentence-is-no-cue"),
    pytest.param("Peter Varga, the transport minister, spoke on Friday. \u201cWe need more money for the roads,\u201d "
                 "the talks went on for hours.",
                 [],
                 id="en-went-on-with-more-after-on-is-no-cue"),
    pytest.param("The crowd waited in the rain for hours. \u201cOpen the gates,\u201d the protest went on.",
                 [],
                 id="en-went-on-after-a-thing-is-no-cue"),
    pytest.param("\u201cWe will stay here until they listen,\u201d the vigil carried on.",
                 [],
                 id="en-carried-on-after-a-thing-is-no-cue"),
    pytest.param("\u201cThe square is ours,\u201d the crowd went on.",
                 [("direct", "The square is ours,", "the crowd", None)],
                 id="en-went-on-after-a-crowd-is-a-cue"),
    pytest.param("Brokers at a firm in Dunmore warn that rents will rise.",
                 [("indirect", "rents will rise", "Brokers at a firm in Dunmore", None)],
                 id="en-a-bare-cue-after-a-prepositional-a-phrase-is-a-verb"),
    pytest.param("\u201cWe need the new pier,\u201d delegate Tom Ash, wearing a cap and \u201cVera Holt\u201d campaign "
                 "pins, said.",
                 [("direct", "We need the new pier,", "Tom Ash", "delegate")],
                 id="en-quoted-term-in-an-aside-after-a-lower-case-title-and-name"),
    pytest.param("Mayor Tom Cole closed the unit in May.\n\n\u201cThere is hate everywhere,\u201d the party\u2019s "
                 "presidential candidate said.\n\n\u201cWe ought to start it again,\u201d he went on.",
                 [("direct", "There is hate everywhere,", "the party\u2019s presidential candidate", None),
                  ("direct", "We ought to start it again,", "the party\u2019s presidential candidate", None)],
                 id="en-he-went-on-continues-the-described-speaker"),
    pytest.param("Farm delegate Mary Susan said the fair could be a \u201cfailure\u201d without rain.\n\nHer neighbours "
                 "called the show \u201ca muddy circus,\u201d Susan said as she fed the goats.\n\n\u201cBut it is our "
                 "muddy circus, and we love it!\u201d",
                 [("mixed", "the fair could be a \u201cfailure\u201d without rain", "Mary Susan", "Farm delegate"),
                  ("mixed", "the show \u201ca muddy circus,\u201d", "Her neighbours", None),
                  ("direct", "But it is our muddy circus, and we love it!", "Mary Susan", "Farm delegate")],
                 id="en-a-mixed-fragment-before-its-own-cue-ends-at-the-mark-and-the-cue-speaks-on"),
    pytest.param("Farm delegate Mary Susan said the fair could be a \u201cfailure\u201d without rain.\n\nHer neighbours "
                 "called the show \u201ca muddy circus,\u201d she said as she fed the goats.",
                 [("mixed", "the fair could be a \u201cfailure\u201d without rain", "Mary Susan", "Farm delegate"),
                  ("mixed", "the show \u201ca muddy circus,\u201d", "Her neighbours", None)],
                 id="en-a-mixed-fragment-before-a-pronoun-cue-ends-at-the-mark"),
    pytest.param("Her neighbours called the show \u201ca muddy circus,\u201d the worst in Devon for years.",
                 [("mixed", "the show \u201ca muddy circus,\u201d the worst in Devon for years", "Her neighbours", None)],
                 id="en-a-mixed-fragment-before-an-apposition-goes-on"),
    pytest.param("Ann Lee runs the council in York. But, she told the councillors who assembled in the quiet spa town of "
                 "Harrogate, \u201cwe cannot wait for the money any longer.\u201d",
                 [("direct", "we cannot wait for the money any longer.", "Ann Lee", None)],
                 id="en-a-hearer-with-a-who-relative-and-a-place-between-cue-and-quote"),
    pytest.param("Ann Lee runs the council in York. Lee said in a long interview with the Northern Post editor Tim "
                 "Cray: \u201cWe cannot wait for the money any longer.\u201d",
                 [("direct", "We cannot wait for the money any longer.", "Ann Lee", None)],
                 id="en-a-long-prepositional-stretch-between-cue-and-quote"),
    pytest.param("Several fans noted on Facebook the switch from the old club slogan, \u201cUp the Reds, "
                 "Always.\u201d",
                 [],
                 id="en-an-object-after-a-non-tell-cue-is-no-plain-stretch"),
    pytest.param("Ann Lee runs the council in York. Lee said the mayors who gathered in Leeds were wrong to wait: "
                 "\u201cWe cannot wait for the money any longer.\u201d",
                 [],
                 id="en-a-clause-with-a-finite-verb-between-cue-and-quote-is-no-plain-stretch"),
    pytest.param("Acme Foods plans to close its plant in Derby, the company said. Workers objected to the plan. They "
                 "also said the company had broken its promise to the town.",
                 [("indirect", "Acme Foods plans to close its plant in Derby", "the company", None),
                  ("indirect", "the company had broken its promise to the town", "Workers", None)],
                 id="en-they-after-a-capitalised-crowd-noun-opening-a-sentence-is-that-group"),
    pytest.param("Acme Foods plans to close its plant in Derby, the company said. Ramblers objected to the plan. They "
                 "also said the company had broken its promise to the ramblers of the dale.",
                 [("indirect", "Acme Foods plans to close its plant in Derby", "the company", None),
                  ("indirect", "the company had broken its promise to the ramblers of the dale", "Ramblers", None)],
                 id="en-they-after-a-capitalised-plural-written-lower-case-elsewhere-is-that-group"),
    pytest.param("Acme Foods plans to close its plant in Derby, the company said. Roberts objected to the plan. They "
                 "also said the company had broken its promise to the town.",
                 [("indirect", "Acme Foods plans to close its plant in Derby", "the company", None),
                  ("indirect", "the company had broken its promise to the town", "the company", None)],
                 id="en-they-after-a-surname-in-s-opening-a-sentence-is-no-group"),
    pytest.param("Ann Lee runs the mill. Three workers at the busy hive that is Lee Mills told me they feared for "
                 "their jobs.",
                 [("indirect", "they feared for their jobs", "Three workers at the busy hive that is Lee Mills", None)],
                 id="en-a-name-in-a-that-is-relative-is-no-subject-the-noun-phrase-is"),
    pytest.param("Ann Lee runs the mill. Many of the drivers that Tom Cole hired said they feared for their jobs.",
                 [("indirect", "they feared for their jobs", "Many of the drivers that Tom Cole hired", None)],
                 id="en-a-name-subject-of-a-relative-before-the-cue-is-no-subject"),
    pytest.param("Ann Lee runs the mill. The stakes are so high that Tom Cole said the mill must stay open.",
                 [("indirect", "the mill must stay open", "Tom Cole", None)],
                 id="en-a-so-that-result-clause-keeps-its-named-subject"),
    pytest.param("Ann Lee runs the council in York. Lee said at the annual meeting of the northern mayors in Leeds on "
                 "Friday \u201cWe cannot wait for the money any longer.\u201d",
                 [("direct", "We cannot wait for the money any longer.", "Ann Lee", None)],
                 id="en-a-plain-stretch-with-no-comma-before-a-whole-quoted-sentence"),
    pytest.param("The board said in its \u201cVision for Leeds\u201d plan that fares would rise.",
                 [("indirect", "fares would rise", "The board", None)],
                 id="en-a-plain-stretch-before-a-quoted-title-is-no-direct-cue"),
    pytest.param("Tarrow, Quell and Beddoes say the ferry plan is dead.",
                 [("indirect", "the ferry plan is dead", "Tarrow, Quell and Beddoes", None)],
                 id="en-surnames-listed-speak-together"),
    pytest.param("Mr. Tarrow, Ms. Quell, and Mr. Beddoes said the ferry plan was dead.",
                 [("indirect", "the ferry plan was dead", "Mr. Tarrow, Ms. Quell, and Mr. Beddoes", None)],
                 id="en-honorific-surnames-listed-with-a-serial-comma-speak-together"),
    pytest.param("Wednesday, Quell and Beddoes said the ferry plan was dead.",
                 [("indirect", "the ferry plan was dead", "Quell and Beddoes", None)],
                 id="en-a-weekday-opening-the-sentence-is-no-member-of-a-list-of-surnames"),
    pytest.param("Meanwhile, Quell and Beddoes said the ferry plan was dead.",
                 [("indirect", "the ferry plan was dead", "Quell and Beddoes", None)],
                 id="en-a-pair-of-surnames-after-an-opening-adverb-speaks-together"),
    pytest.param("In London, Quell and Beddoes said the ferry plan was dead.",
                 [("indirect", "the ferry plan was dead", "Quell and Beddoes", None)],
                 id="en-an-opening-place-phrase-is-no-member-of-a-list-of-surnames"),
    pytest.param("Tarrow, Quell and Beddoes said the ferry plan was dead.",
                 [("indirect", "the ferry plan was dead", "Tarrow, Quell and Beddoes", None)],
                 id="en-a-surname-before-the-comma-is-a-list-member-not-an-opener"),
    pytest.param("The harbour council issued a ruling on Monday. It attacked the mayor, saying he had misled voters.",
                 [("indirect", "he had misled voters", "The harbour council", None)],
                 id="en-it-after-a-sentence-opening-with-a-body-is-the-body"),
    pytest.param("The Tellmouth Water Board issued a ruling on Monday. It said the mayor had misled voters.",
                 [("indirect", "the mayor had misled voters", "The Tellmouth Water Board", None)],
                 id="en-it-after-a-sentence-opening-with-a-bodys-name-is-the-body"),
    pytest.param("Vera Holt visited the council on Monday. It attacked the mayor, saying he had misled voters.",
                 [],
                 id="en-it-opening-a-participle-report-is-never-a-person"),
    pytest.param("Vera Holt hid the ledgers, admitted she had burned the files.",
                 [("indirect", "she had burned the files", "Vera Holt", None)],
                 id="en-a-cue-listed-after-a-verb-and-its-object-shares-the-name-subject"),
    pytest.param("The retired wardens met the mayor, said they were angry.",
                 [("indirect", "they were angry", "The retired wardens", None)],
                 id="en-a-cue-listed-after-a-verb-and-its-object-shares-the-described-subject"),
    pytest.param("Vera Holt hid the ledgers, reporters said.",
                 [("indirect", "Vera Holt hid the ledgers", "reporters", None)],
                 id="en-a-cue-after-its-own-subject-is-no-listed-verb"),
    pytest.param("On Tuesday Councillor Mira Dane attacked the levy, saying it would hurt small shops.",
                 [("indirect", "it would hurt small shops", "Mira Dane", "Councillor")],
                 id="en-a-time-phrase-with-no-comma-before-the-subject-of-a-participle-cue"),
    pytest.param("Mira Dane chairs the council. On 3 June she attacked the levy, saying it would hurt small shops.",
                 [("indirect", "it would hurt small shops", "Mira Dane", None)],
                 id="en-a-dated-time-phrase-with-no-comma-before-a-pronoun-subject-of-a-participle-cue"),
    pytest.param("In the town hall voters attacked the levy, saying it would hurt small shops.",
                 [],
                 id="en-a-place-phrase-with-no-comma-is-no-time-phrase-before-a-subject"),
    pytest.param('Pete Oram said Mr Dale Finch had misled the council. He added: "We will take this to court."',
                 [("indirect", "Mr Dale Finch had misled the council", "Pete Oram", None),
                  ("direct", "We will take this to court.", "Pete Oram", None)],
                 id="en-a-person-named-inside-a-reported-clause-does-not-take-the-speakers-next-pronoun"),
    pytest.param('Pete Oram said Mr Dale Finch had misled the council. Mr Finch denied the claim. He said: '
                 '"We will take this to court."',
                 [("indirect", "Mr Dale Finch had misled the council", "Pete Oram", None),
                  ("direct", "We will take this to court.", "Dale Finch", None)],
                 id="en-a-person-reported-on-who-then-opens-a-sentence-takes-the-pronoun"),
    pytest.param('Dale Finch quit the council. Mr Finch said: "I am leaving." Pete Oram said Mr Finch had misled '
                 'the council. He added: "We will take this to court."',
                 [("direct", "I am leaving.", "Dale Finch", None),
                  ("indirect", "Mr Finch had misled the council", "Pete Oram", None),
                  ("direct", "We will take this to court.", "Pete Oram", None)],
                 id="en-a-person-who-spoke-before-and-is-named-inside-a-reported-clause-does-not-take-the-pronoun"),
    pytest.param('Dale Finch quit the council. Mr Finch said: "I am leaving." Pete Oram said Mr Finch had misled '
                 'the council. Mr Finch denied the claim. He said: "We will take this to court."',
                 [("direct", "I am leaving.", "Dale Finch", None),
                  ("indirect", "Mr Finch had misled the council", "Pete Oram", None),
                  ("direct", "We will take this to court.", "Dale Finch", None)],
                 id="en-a-person-who-spoke-before-and-then-opens-a-sentence-takes-the-pronoun"),
    pytest.param('Ticket prices for the winter season were announced by the club "with real regret," its chairman said.',
                 [("mixed", 'Ticket prices for the winter season were announced by the club "with real regret,"',
                   "its chairman", None)],
                 id="en-a-passive-cue-participle-in-the-lead-is-no-cue-of-its-own-so-the-lead-joins-the-fragment"),
    pytest.param('The harbour master revealed the plans for the new quay "in the next few days," a spokesman said.',
                 [("direct", "in the next few days,", "a spokesman", None)],
                 id="en-an-active-cue-in-the-lead-keeps-the-quoted-fragment-apart"),
    pytest.param("Ann Reed runs the depot. Still, call centres have had a steep rise in hold times, she says.",
                 [("indirect", "Still, call centres have had a steep rise in hold times", "Ann Reed", None)],
                 id="en-a-cue-form-used-as-a-noun-after-a-connective-leaves-the-closing-cue-its-report"),
    pytest.param("Ann Reed runs the depot. Still, says Ms Reed, call centres have had a steep rise in hold times.",
                 [("indirect", "call centres have had a steep rise in hold times", "Ann Reed", None)],
                 id="en-an-inverted-cue-after-a-connective-still-reports-the-clause-after-it"),
    pytest.param("Years of racing taught Ivo Lund a lot. Still, he admitted, the claim that rowers train too hard is not new.",
                 [("indirect", "the claim that rowers train too hard is not new", "Ivo Lund", None)],
                 id="en-a-noun-and-its-that-clause-after-an-inverted-cue-open-the-report"),
    pytest.param("Ken Ward follows the tablet market. But, he said, the tablet changed that view.",
                 [("indirect", "But, he said, the tablet changed that view", "Ken Ward", None)],
                 id="en-a-demonstrative-that-after-a-verb-past-an-inverted-cue-opens-no-clause"),
    pytest.param('Coach Dan Pike was upbeat. "We played well," he said.\n\n"We will get better." Ann Hale said: '
                 '"They were the better side."',
                 [("direct", "We played well,", "Dan Pike", "Coach"),
                  ("direct", "We will get better.", "Dan Pike", "Coach"),
                  ("direct", "They were the better side.", "Ann Hale", None)],
                 id="en-a-cueless-quote-before-another-speakers-colon-cue-goes-on-with-the-previous-speaker"),
    pytest.param('Coach Dan Pike was upbeat. "We played well," he said.\n\n"We will get better." Mr Hale warned that '
                 'the club still had to find a striker.',
                 [("direct", "We played well,", "Dan Pike", "Coach"),
                  ("direct", "We will get better.", "Dan Pike", "Coach"),
                  ("indirect", "the club still had to find a striker", "Hale", None)],
                 id="en-a-cueless-quote-before-another-speakers-report-goes-on-with-the-previous-speaker"),
    pytest.param('Coach Dan Pike was upbeat. "We played well," he said.\n\n"We will get better." "They were the '
                 'better side," said Ann Hale.',
                 [("direct", "We played well,", "Dan Pike", "Coach"),
                  ("direct", "We will get better.", "Ann Hale", None),
                  ("direct", "They were the better side,", "Ann Hale", None)],
                 id="en-a-cueless-quote-before-a-quote-with-its-cue-after-shares-that-cue"),
    pytest.param('The loudest cheer was for The Lantern star Tom Reeve, who signed autographs. He said the crowd '
                 'was "wild".',
                 [("mixed", 'the crowd was "wild"', "Tom Reeve", "The Lantern star")],
                 id="en-a-capital-the-inside-a-sentence-opens-the-work-in-a-title-before-a-name"),
    pytest.param('The loudest cheer was for the Lantern star Tom Reeve, who signed autographs. He said the crowd '
                 'was "wild".',
                 [("mixed", 'the crowd was "wild"', "Tom Reeve", "Lantern star")],
                 id="en-a-lower-case-the-before-a-title-stays-out-of-the-role"),
    pytest.param("Tom Dale is to visit Leeds on Friday. Mr Dale will acknowledge that milk prices have risen.",
                 [("indirect", "milk prices have risen", "Tom Dale", None)],
                 id="en-a-named-speakers-trailed-speech-with-will-reports-its-clause"),
    pytest.param("Tom Dale is to visit Leeds on Friday. Critics will say that milk prices have risen.",
                 [],
                 id="en-a-group-that-will-say-something-is-the-writers-guess-no-report"),
    pytest.param("Critics of Prime Minister Ann Vale will argue the cuts go too far.",
                 [],
                 id="en-will-say-after-critics-of-a-named-person-is-no-trailed-speech"),
    pytest.param("A Labour MP will say the vote was rigged.",
                 [],
                 id="en-will-say-after-a-party-member-is-no-trailed-speech"),
    pytest.param("Supporters of Tom Dale will say the vote was rigged.",
                 [],
                 id="en-will-say-after-supporters-of-a-named-person-is-no-trailed-speech"),
    pytest.param("Critics of Ann Vale will say the port is unsafe.",
                 [],
                 id="en-will-say-after-critics-of-a-short-name-is-no-trailed-speech"),
    pytest.param("Fans of Manchester United will tell you the referee was wrong.",
                 [],
                 id="en-will-say-after-fans-of-a-club-is-no-trailed-speech"),
    pytest.param("New York will insist the tax is fair.",
                 [],
                 id="en-will-say-after-a-place-is-no-trailed-speech"),
    pytest.param("The Prime Minister will say that the railway must be rebuilt.",
                 [("indirect", "the railway must be rebuilt", "The Prime Minister", None)],
                 id="en-the-and-an-office-trails-a-speech-with-will"),
    pytest.param("In his speech, the Prime Minister will say that the railway must be rebuilt.",
                 [("indirect", "the railway must be rebuilt", "the Prime Minister", None)],
                 id="en-in-his-speech-then-an-office-trails-a-speech-with-will"),
    pytest.param("Labour leader Ann Vale will say that the railway must be rebuilt.",
                 [("indirect", "the railway must be rebuilt", "Ann Vale", "Labour leader")],
                 id="en-a-title-before-a-name-trails-a-speech-with-will"),
    pytest.param("The Green MP said that the harbour must close.",
                 [("indirect", "the harbour must close", "The Green MP", None)],
                 id="en-the-party-and-mp-is-a-description-not-a-name-with-letters"),
    pytest.param("The veteran Green MP said that the harbour must close.",
                 [("indirect", "the harbour must close", "The veteran Green MP", None)],
                 id="en-the-lower-case-word-party-and-mp-is-a-description-not-a-name-with-letters"),
    pytest.param("Tom de Vries MP said that the ferry must stop at night.",
                 [("indirect", "the ferry must stop at night", "Tom de Vries", None)],
                 id="en-post-nominal-letters-after-a-name-with-a-particle-are-dropped"),
    pytest.param("Nina Roe MP said that the harbour must close.",
                 [("indirect", "the harbour must close", "Nina Roe", None)],
                 id="en-a-name-and-mp-drops-the-letters"),
    pytest.param("The White House will say that the canal must be dredged.",
                 [],
                 id="en-will-say-after-the-and-a-body-is-no-trailed-speech"),
    pytest.param("In her speech, a Green MP will say that the canal must be dredged.",
                 [],
                 id="en-will-say-after-a-speech-lead-and-a-party-member-is-no-trailed-speech"),
    pytest.param("Ann Vale is to speak in Hull on Monday. She will argue that ferry fares must fall.",
                 [("indirect", "ferry fares must fall", "Ann Vale", None)],
                 id="en-she-alone-opening-the-sentence-trails-a-speech-with-will"),
    pytest.param('Tom Reeve spoke at the rally. "We will win," he said. The speech was introduced by his son Nick, a '
                 'trainee teacher, who praised his father. "He has always kept his word to me," he said.',
                 [("direct", "We will win,", "Tom Reeve", None),
                  ("direct", "He has always kept his word to me,", "Nick", "his son")],
                 marks=pytest.mark.xfail(strict=True, reason="a kin noun and a bare given name with no comma "
                                         "('his son Nick') register nobody (the merge with a later 'Nick Vaughan' is "
                                         "guarded now); an optional comma in _KIN_BEFORE_NAME_EN passes this row but, "
                                         "with a possessor's name in the same sentence, still leaves the pronoun to "
                                         "another person, moving one BBC quote from one wrong speaker to another"),
                 id="en-a-kin-noun-and-a-bare-given-name-introduce-the-next-speaker"),
    pytest.param("The budget was passed. Senior Tories said the cuts went too far.",
                 [("indirect", "the cuts went too far", "Senior Tories", None)],
                 id="en-an-adjective-before-a-party-plural-is-part-of-the-group-not-a-title"),
    pytest.param("The budget was passed. Senior Labour MPs said the cuts went too far.",
                 [("indirect", "the cuts went too far", "Senior Labour MPs", None)],
                 id="en-an-adjective-before-a-partys-mps-is-part-of-the-group-not-a-title"),
    pytest.param("The budget was passed. Senior Tory MP Ann Vale said the cuts went too far.",
                 [("indirect", "the cuts went too far", "Ann Vale", "Senior Tory MP")],
                 id="en-a-party-word-in-a-named-persons-title-stays-the-title"),
    pytest.param("Velmora's trade chiefs have been talking up the harvest. Exports are rising fast, they insist.",
                 [("indirect", "Exports are rising fast", "Velmora's trade chiefs", None)],
                 id="en-they-after-a-plural-subject-with-a-possessive-opening-the-sentence"),
    pytest.param("Velmora's trade minister has been talking up the harvest. Exports are rising fast, they insist.",
                 [],
                 id="en-they-after-a-singular-subject-with-a-possessive-is-no-group"),
    pytest.param("Ahead of the vote, Velmora's trade chiefs have been talking up the harvest. Exports are rising fast, "
                 "they insist.",
                 [("indirect", "Exports are rising fast", "Velmora's trade chiefs", None)],
                 id="en-they-after-a-possessive-plural-subject-behind-an-opening-phrase"),
    pytest.param("Ahead of the vote, trade chiefs have been talking up the harvest. Exports are rising fast, they insist.",
                 [],
                 id="en-a-bare-plural-after-an-opening-phrase-is-no-group-for-they"),
    pytest.param("Before the summit - which opens on Friday - Velmora's trade chiefs have been talking up the harvest. "
                 "Exports are rising fast, they insist.",
                 [("indirect", "Exports are rising fast", "Velmora's trade chiefs", None)],
                 id="en-they-after-a-possessive-plural-subject-behind-a-dash-aside"),
    pytest.param("The new toll would drive traders away, say those who think the bridge should stay free.",
                 [("indirect", "The new toll would drive traders away", "those who think the bridge should stay free", None)],
                 id="en-an-inverted-cue-with-a-those-who-subject-closing-the-sentence"),
    pytest.param("Ivo Rask is angry, and he said those who left the town were cowards.",
                 [("indirect", "those who left the town were cowards", "Ivo Rask", None)],
                 id="en-those-who-after-a-cue-with-its-own-subject-opens-the-report"),
    pytest.param("Ivo Rask chairs the club. And he confessed the rival bid has left the board worried.",
                 [("indirect", "the rival bid has left the board worried", "Ivo Rask", None)],
                 id="en-confessed-before-a-bare-clause-is-a-cue"),
    pytest.param("Ivo Rask confessed his love for the old ground.",
                 [],
                 id="en-confessed-before-a-bare-object-is-no-report"),
    pytest.param('Nell Ostby, European co-ordinator for the Clean Rivers League, which lobbies for anglers, voiced doubts. '
                 '"It will not last," she said.',
                 [("direct", "It will not last,", "Nell Ostby", "European co-ordinator for the Clean Rivers League")],
                 id="en-an-apposed-role-opening-with-a-nationality-in-a-sentence-with-no-cue"),
    pytest.param('"It will not last," said Nell Ostby, Danish director of the Clean Rivers League.',
                 [("direct", "It will not last,", "Nell Ostby", "Danish director of the Clean Rivers League")],
                 id="en-an-apposed-role-opening-with-a-nationality-after-an-inverted-cue"),
    pytest.param('"It will not last," said Nell Ostby, Vodafone director of the Clean Rivers League.',
                 [("direct", "It will not last,", "Nell Ostby", None)],
                 id="en-a-capitalised-name-before-a-title-and-a-preposition-is-no-role"),
    pytest.param('Nell Ostby, European co-ordinator for the Clean Rivers League which lobbies for anglers, voiced doubts. '
                 '"It will not last," she said.',
                 [("direct", "It will not last,", "Nell Ostby", "European co-ordinator for the Clean Rivers League")],
                 id="en-an-apposed-role-closed-by-its-bodys-relative-clause-with-no-comma"),
    pytest.param('Nell Ostby, co-ordinator for the league which lobbies for anglers, voiced doubts. '
                 '"It will not last," she said.',
                 [("direct", "It will not last,", "Nell Ostby", None)],
                 id="en-a-relative-clause-after-a-common-noun-leaves-the-apposition-open"),
    pytest.param("On Friday the harbour master attacked the levy, saying it would hurt small boats.",
                 [("indirect", "it would hurt small boats", "the harbour master", None)],
                 id="en-a-time-phrase-with-no-comma-before-a-described-subject-of-a-participle-cue"),
    pytest.param("The new toll would drive traders away, say people who work near the bridge.",
                 [("indirect", "The new toll would drive traders away", "people who work near the bridge", None)],
                 id="en-an-inverted-cue-with-a-people-who-subject-closing-the-sentence"),
    pytest.param('The council met on Monday. Finally, with the vote looming, Mayor Bill de Varga on Monday '
                 'intervened: If Ruiz would debate on March 4, de Varga wrote, "I will help you get any permit."',
                 [("direct", "I will help you get any permit.", "Bill de Varga", "Mayor")],
                 id="en-a-titled-name-run-goes-on-across-a-lower-case-particle"),
    pytest.param('The council met on Monday. Finally, as the vote neared, Mayor Ruth van der Holt stepped in. '
                 '"I will sign it," van der Holt said. "It is done," she added.',
                 [("direct", "I will sign it,", "Ruth van der Holt", "Mayor"),
                  ("direct", "It is done,", "Ruth van der Holt", "Mayor")],
                 id="en-a-titled-name-run-goes-on-across-two-particles"),
    pytest.param('The council met on Monday. Finally, as the vote neared, Bill de Varga stepped in. '
                 '"I will help you," de Varga said.',
                 [("direct", "I will help you,", "Varga", None)],
                 id="en-a-surname-particle-before-a-cue-is-no-title"),
    pytest.param('The club met on Monday. Finally, Coach Ann Ruiz of Porto da Serra spoke. "He is ready," Ruiz said.',
                 [("direct", "He is ready,", "Ann Ruiz", "Coach")],
                 id="en-a-particle-in-a-place-after-a-titled-name-joins-no-person"),
    pytest.param('Nora Pell spoke on Friday. She told the farmers who met in Dunmore last week, "We will mend the dam."',
                 [("direct", "We will mend the dam.", "Nora Pell", None)],
                 id="en-an-irregular-past-in-a-who-relative-keeps-the-plain-stretch"),
    pytest.param('Nora Pell spoke on Friday. She told the farmers who came to Dunmore, "We will mend the dam."',
                 [("direct", "We will mend the dam.", "Nora Pell", None)],
                 id="en-an-irregular-past-came-in-a-who-relative-keeps-the-plain-stretch"),
    pytest.param('Nora Pell spoke on Friday. She told the farmers she met in Dunmore last week, "We will mend the dam."',
                 [],
                 id="en-an-irregular-past-with-no-who-is-a-clause-of-its-own"),
    pytest.param("US Customs said the crates were held at the port.",
                 [("indirect", "the crates were held at the port", "US Customs", None)],
                 id="en-country-letters-before-an-agency-are-no-title"),
    pytest.param("UK Border Patrol said the crates were held at the port.",
                 [("indirect", "the crates were held at the port", "UK Border Patrol", None)],
                 id="en-country-letters-before-a-two-word-agency-are-no-title"),
    pytest.param("US Senator Mira Olsen said the crates were held at the port.",
                 [("indirect", "the crates were held at the port", "Mira Olsen", "US Senator")],
                 id="en-country-letters-before-a-title-and-a-name-stay-in-the-role"),
    pytest.param("A spokeswoman for US Immigration, Customs and Enforcement, Lila Marsh, said the crates were held.",
                 [("indirect", "the crates were held", "Lila Marsh",
                   "A spokeswoman for US Immigration, Customs and Enforcement")],
                 id="en-a-body-name-with-commas-before-an-apposed-name-is-the-role"),
    pytest.param("A spokeswoman for US Immigration, Mira and Olsen, Lila Marsh, said the crates were held.",
                 [("indirect", "the crates were held", "Lila Marsh", None)],
                 id="en-a-list-of-names-after-a-body-is-no-part-of-its-name"),
    pytest.param("In March Orsay said the ferry would stop. Orsay also said fares would rise.",
                 [("indirect", "the ferry would stop", "Orsay", None),
                  ("indirect", "fares would rise", "Orsay", None)],
                 id="en-a-month-after-an-opening-preposition-is-no-given-name"),
    pytest.param("In September Orsay told reporters the ferry would stop.",
                 [("indirect", "the ferry would stop", "Orsay", None)],
                 id="en-a-month-after-in-before-told-is-no-given-name"),
    pytest.param("Since October Orsay has said that the ferry would stop.",
                 [("indirect", "the ferry would stop", "Orsay", None)],
                 id="en-a-month-after-since-is-no-given-name"),
    pytest.param("Before April Ross said the plan had failed, Tom Hale resigned.",
                 [("indirect", "the plan had failed", "April Ross", None)],
                 id="en-a-month-that-is-a-given-name-stays-one-after-before"),
    pytest.param("During June Carter said the plan had failed.",
                 [("indirect", "the plan had failed", "June Carter", None)],
                 id="en-a-month-that-is-a-given-name-stays-one-after-during"),
    pytest.param("Nora Pell said the board reviewed and requested a new audit.",
                 [("indirect", "the board reviewed and requested a new audit", "Nora Pell", None)],
                 id="en-a-stance-verb-paired-with-a-bare-verb-in-ed-stays-in-the-report"),
    pytest.param("Nora Pell said the tolls were welcomed and encouraged by drivers.",
                 [("indirect", "the tolls were welcomed and encouraged by drivers", "Nora Pell", None)],
                 id="en-a-passive-stance-verb-pair-stays-in-the-report"),
    pytest.param("Nora Pell said the ferry would run and criticized the board for the delay.",
                 [("indirect", "the ferry would run", "Nora Pell", None)],
                 id="en-a-stance-verb-after-a-report-with-no-bare-verb-in-ed-still-ends-it"),
    pytest.param("Nora Pell said the ferry was delayed and criticized the board for it.",
                 [("indirect", "the ferry was delayed", "Nora Pell", None)],
                 id="en-a-stance-verb-after-a-passive-in-ed-still-ends-the-report"),
    pytest.param("Mayor Ivo Crane told reporters, in Dunmore, of all days, the ferry would stop.",
                 [("indirect", "of all days, the ferry would stop", "Ivo Crane", "Mayor")],
                 id="en-of-all-after-a-setting-is-a-sentence-adverb-no-topic"),
    pytest.param("Mayor Ivo Crane said, in a short note, of course the ferry would stop.",
                 [("indirect", "in a short note, of course the ferry would stop", "Ivo Crane", "Mayor")],
                 id="en-of-course-after-a-setting-is-a-sentence-adverb-no-topic"),
    pytest.param("Mayor Ivo Crane told reporters, in a short call late on Sunday night, about the ferry.",
                 [],
                 id="en-a-setting-of-eight-tokens-then-a-topic-is-no-report"),
    pytest.param("Tovey argued, in an essay, and said again on Friday, that the fares were too high.",
                 [("indirect", "the fares were too high", "Tovey", None)],
                 id="en-and-a-second-cue-with-no-subject-after-a-setting-is-the-same-source"),
    pytest.param("Ann Lee spoke on Monday. It was clear: \"We stay.\"", [],
                 id="en-it-with-a-stance-before-a-colon-is-no-speaker"),
    pytest.param("Critics of Mr Dean were blunt: \"He must go.\"", [],
                 id="en-a-name-inside-the-subject-phrase-of-a-stance-is-no-speaker"),
    pytest.param("The economy grew by two points, the latest official figure suggests.", [],
                 id="en-a-data-figure-closing-a-report-is-no-person"),
    pytest.param("In Leeds the choir thanked \"the donors\", adding: \"We owe you.\"", [],
                 id="en-a-place-after-an-opening-preposition-is-no-doer-of-adding"),
    pytest.param("Tovey argued, the fares were too high, and the board said that cuts would follow.",
                 [("indirect", "the fares were too high", "Tovey", None),
                  ("indirect", "cuts would follow", "the board", None)],
                 id="en-and-a-second-source-with-its-own-cue-after-a-clause-takes-the-that"),
    pytest.param("Tovey argued, the fares were too high, and said that cuts would follow.",
                 [("indirect", "the fares were too high", "Tovey", None),
                  ("indirect", "cuts would follow", "Tovey", None)],
                 id="en-a-clause-set-off-after-a-cue-then-and-said-that-is-two-reports"),
    pytest.param("Mayor Ilse Marrow said, in a long address to the town board, and later told the press, that the ferry would stop.",
                 [("indirect", "the ferry would stop", "Ilse Marrow", "Mayor")],
                 id="en-a-long-setting-then-and-a-tell-cue-reaches-the-far-that"),
    pytest.param("Mayor Ilse Marrow said, the old ferry to the island was unsafe, and later told the press, that it would stop.",
                 [("indirect", "the old ferry to the island was unsafe", "Ilse Marrow", "Mayor"),
                  ("indirect", "it would stop", "Ilse Marrow", "Mayor")],
                 id="en-a-long-clause-then-and-a-tell-cue-stays-two-reports"),
    pytest.param("The pier that, according to the harbour board, sank in March was rebuilt in 1971.",
                 [],
                 id="en-according-to-after-a-relative-that-is-no-report"),
    pytest.param("The Gazette reported in its Sunday edition that, according to the harbour board, the pier was shut.",
                 [("indirect", "according to the harbour board, the pier was shut", "Gazette", None)],
                 id="en-according-to-after-a-far-cue-and-that-is-the-outer-cue-s-clause"),
    pytest.param("The worry is that, according to the harbour board, the pier was shut.",
                 [("indirect", "the pier was shut", "the harbour board", None)],
                 id="en-according-to-after-a-copula-and-that-is-its-own-report"),
    pytest.param("The Gazette reported late on Sunday that the pier was shut.",
                 [("indirect", "the pier was shut", "Gazette", None)],
                 id="en-late-on-a-day-after-a-cue-is-a-time-phrase-before-that"),
    pytest.param("The Gazette reported late payments had shut the pier.",
                 [("indirect", "late payments had shut the pier", "Gazette", None)],
                 id="en-late-before-a-noun-after-a-cue-opens-the-report"),
    pytest.param("Fans were hopeful Dara Quill would return. \"We miss her,\" said Ena Roe. \"I will return,\" Quill said.",
                 [("direct", "We miss her,", "Ena Roe", None),
                  ("direct", "I will return,", "Dara Quill", None)],
                 id="en-a-title-word-after-a-linking-verb-is-predicative-no-role"),
    pytest.param("Mayoral hopeful Dara Quill said the tram would return.",
                 [("indirect", "the tram would return", "Dara Quill", "Mayoral hopeful")],
                 id="en-hopeful-before-a-name-with-no-linking-verb-stays-a-role"),
    # PolNeAR spans after vowed/pledged/promised open at the infinitive's "to" (86 dev spans, none at a
    # later "that"): the infinitive verb's own "that" stays inside the pledge
    pytest.param("Mayor Ida Penn vowed to make sure that every school would reopen.",
                 [("indirect", "to make sure that every school would reopen", "Ida Penn", "Mayor")],
                 id="en-a-pledge-keeps-its-infinitive-before-the-verb-s-own-that"),
    pytest.param("Mayor Ida Penn vowed that every school would reopen.",
                 [("indirect", "every school would reopen", "Ida Penn", "Mayor")],
                 id="en-a-pledge-with-that-and-no-infinitive-starts-after-that"),
    pytest.param("U.S. Orla Brent said the tariffs would rise.",
                 [("indirect", "the tariffs would rise", "Orla Brent", None)],
                 id="en-a-dotted-country-short-form-alone-is-no-title"),
    pytest.param("U.S. Senator Orla Brent said the tariffs would rise.",
                 [("indirect", "the tariffs would rise", "Orla Brent", "U.S. Senator")],
                 id="en-a-dotted-country-short-form-before-a-title-stays-in-the-role"),
    pytest.param("“The depot is ready,” said U.S. Tova Grell.",
                 [("direct", "The depot is ready,", "Tova Grell", None)],
                 id="en-a-dotted-country-short-form-after-a-post-quote-cue-is-no-speaker"),
    pytest.param("“The depot is ready,” said U.K. Minister Tova Grell.",
                 [("direct", "The depot is ready,", "Tova Grell", "U.K. Minister")],
                 id="en-a-dotted-country-short-form-and-a-title-after-a-post-quote-cue-stay-in-the-role"),
    pytest.param("“The depot is ready,” said Tova Grell in the U.S.",
                 [("direct", "The depot is ready,", "Tova Grell", None)],
                 id="en-a-dotted-country-short-form-at-the-sentence-end-stays-out-of-the-speaker"),
    pytest.param("“The crates were held,” said U.S. Customs.",
                 [("direct", "The crates were held,", "U.S. Customs", None)],
                 id="en-dotted-country-letters-before-an-agency-after-a-post-quote-cue-are-no-title"),
    pytest.param("U.K. Border Patrol said the crates were held at the port.",
                 [("indirect", "the crates were held at the port", "U.K. Border Patrol", None)],
                 id="en-dotted-country-letters-before-a-two-word-agency-are-no-title"),
    pytest.param("Coach Ray Dunmore lost the final. Whether his wife, Ivy, would stay was unclear. "
                 "\"We will be back,\" he said.",
                 [("direct", "We will be back,", "Ray Dunmore", "Coach")],
                 id="en-a-kin-named-wife-is-no-he"),
    pytest.param("Icelandic skipper Arni Dahl praised the crew. Ola Brenn, the mate, was ill. "
                 "But the Icelander said: \"We sailed well.\"",
                 [("direct", "We sailed well.", "Arni Dahl", "Icelandic skipper")],
                 id="en-the-icelander-is-the-holder-of-an-icelandic-role"),
    pytest.param("Coach Ray Dunmore lost the final. \"We will be back,\" he said.\n\nHis wife, Ruth, watched.\n\n"
                 "\"He never gives up,\" she said.",
                 [("direct", "We will be back,", "Ray Dunmore", "Coach"),
                  ("direct", "He never gives up,", "Ruth", "His wife")],
                 id="en-a-sentence-opening-kin-phrase-names-the-she"),
    pytest.param("\"The ferry will stop,\" said March Orsay, a skipper.",
                 [("direct", "The ferry will stop,", "March Orsay", "a skipper")],
                 id="en-a-month-word-with-no-preposition-before-it-stays-a-given-name"),
    pytest.param("Scottish coach Rab Tennant praised the keeper. Tom Vickery, the club captain, was injured. "
                 "But the Scot said: \"We were slow today.\"",
                 [("direct", "We were slow today.", "Rab Tennant", "Scottish coach")],
                 id="en-the-scot-is-the-person-given-as-scottish-not-the-one-named-since"),
    pytest.param("American tennis player Ida Morrow lost in Oslo. American coach Tom Vickery praised her. "
                 "\"I had my chances,\" said the American.",
                 [("direct", "I had my chances,", "American", None)],
                 id="en-the-american-after-two-americans-is-neither"),
    pytest.param("Ida Morrow, a fellow at the American Policy Forum, spoke first. Tom Vickery, the club captain, "
                 "also spoke. \"I had my chances,\" said the American.",
                 [("direct", "I had my chances,", "American", None)],
                 id="en-a-nationality-inside-a-bodys-name-gives-nobody-that-nationality"),
    pytest.param("\"The port is ready,\" said Ministry of Fisheries, Ports and Canals spokeswoman Rhea Dunmore.",
                 [("direct", "The port is ready,", "Rhea Dunmore", "Ministry of Fisheries, Ports and Canals spokeswoman")],
                 id="en-a-bodys-name-with-commas-after-the-cue-keeps-its-spokeswoman"),
    pytest.param("\"The port is ready,\" said the Minister of Fisheries, Rhea Dunmore.",
                 [("direct", "The port is ready,", "Rhea Dunmore", "the Minister of Fisheries")],
                 id="en-a-title-of-a-body-then-a-comma-and-the-name-stays-apposed"),
    pytest.param("UK Nell Fairlie said the squad would travel on Friday.",
                 [("indirect", "the squad would travel on Friday", "Nell Fairlie", None)],
                 id="en-a-countrys-short-form-alone-before-a-name-is-no-role"),
    pytest.param("\"The squad will travel,\" said UK rowing chief Nell Fairlie.",
                 [("direct", "The squad will travel,", "Nell Fairlie", "UK rowing chief")],
                 id="en-a-countrys-short-form-before-a-title-stays-in-the-role"),
    pytest.param("\"The squad will travel,\" said NATO Nell Fairlie.",
                 [("direct", "The squad will travel,", "Nell Fairlie", "NATO")],
                 id="en-a-bodys-short-form-alone-before-a-name-stays-a-role"),
    pytest.param("Dora Pike, a pastor, wept. \"He was kind,\" she said.\n\nGolf legend Billie Fenwick remembered "
                 "the boxer as fun.\n\n\"He always called me the Queen,\" she said.",
                 [("direct", "He was kind,", "Dora Pike", "a pastor"),
                  ("direct", "He always called me the Queen,", "Billie Fenwick", "Golf legend")],
                 id="en-a-legend-before-a-name-introduces-the-person-a-later-she-means"),
    pytest.param("Shipping tycoon Arlo Mendes bought the yard. \"It is a bargain,\" he said.",
                 [("direct", "It is a bargain,", "Arlo Mendes", "Shipping tycoon")],
                 id="en-a-tycoon-before-a-name-is-a-role"),
    pytest.param("The legend of the old yard grew. \"We miss it,\" said Ann Lee.",
                 [("direct", "We miss it,", "Ann Lee", None)],
                 id="en-legend-as-a-plain-noun-names-nobody"),
    pytest.param("Mayor Ann Holt told reporters, in Ely, about the new bridge plan.", [],
                 id="en-told-a-hearer-then-a-setting-then-about-is-a-topic-no-report"),
    pytest.param("Mayor Ann Holt told the town council, in writing, of her plan to resign.", [],
                 id="en-told-a-longer-hearer-then-a-setting-then-of-is-a-topic-no-report"),
    pytest.param("Mayor Ann Holt said, at a rally, about the bridge plan.", [],
                 id="en-said-then-a-setting-then-about-is-a-topic-no-report"),
    pytest.param("Mayor Ann Holt told reporters, in Ely, about the bridge that it would open in May.",
                 [("indirect", "it would open in May", "Ann Holt", "Mayor")],
                 id="en-a-that-clause-after-the-topic-is-still-the-report"),
    pytest.param("Mayor Ann Holt told the council, in writing, the bridge would open in May.",
                 [("indirect", "the bridge would open in May", "Ann Holt", "Mayor")],
                 id="en-a-setting-then-a-clause-is-still-the-report"),
    pytest.param("As Birch argued, the taxes were a burden, and Mayor Lee said Monday that the city would act.",
                 [("indirect", "the taxes were a burden", "Birch", None),
                  ("indirect", "the city would act", "Lee", "Mayor")],
                 id="en-a-that-after-a-second-source-and-its-cue-is-not-the-first-cues"),
    pytest.param("As Birch argued, the taxes were too high, and Mayor Lee said: \"We will cut them.\"",
                 [("indirect", "the taxes were too high", "Birch", None),
                  ("direct", "We will cut them.", "Lee", "Mayor")],
                 id="en-a-quote-after-a-second-source-and-its-cue-is-not-the-first-cues"),
    pytest.param("Birch argued, in a column, and again in a speech, that the taxes were a burden.",
                 [("indirect", "the taxes were a burden", "Birch", None)],
                 id="en-and-with-no-cue-of-its-own-before-that-keeps-the-first-cues-clause"),
    pytest.param("The Ely Courier reported that, according to a study of the port logs, 85 of the 154 ships were late.",
                 [("indirect", "according to a study of the port logs, 85 of the 154 ships were late",
                   "Ely Courier", None)],
                 id="en-according-to-inside-a-that-clause-backs-the-outer-cues-report"),
    pytest.param("Mayor Ann Holt said on Monday that, according to the police, the bridge was closed.",
                 [("indirect", "according to the police, the bridge was closed", "Ann Holt", "Mayor")],
                 id="en-according-to-after-a-cue-a-time-and-that-is-the-reports-opening"),
    pytest.param("The trouble is that, according to the police, the bridge was closed.",
                 [("indirect", "the bridge was closed", "the police", None)],
                 id="en-according-to-after-a-that-with-no-cue-reports-the-clause-after-it"),
    pytest.param("Mayor Ann Holt said the bridge would open in May but implied that the council had stalled it.",
                 [("indirect", "the bridge would open in May", "Ann Holt", "Mayor")],
                 id="en-but-implied-is-the-speakers-next-act-not-the-report"),
    pytest.param("Mayor Ann Holt said the harbour would close in June and requested another month to plan.",
                 [("indirect", "the harbour would close in June", "Ann Holt", "Mayor")],
                 id="en-and-requested-is-the-speakers-next-act-not-the-report"),
    pytest.param("Mayor Ann Holt said the results were mixed but encouraging for farmers.",
                 [("indirect", "the results were mixed but encouraging for farmers", "Ann Holt", "Mayor")],
                 id="en-but-encouraging-as-an-adjective-stays-in-the-report"),
    pytest.param("Mayor Tom Brandt lost the vote. \"We will keep going,\" he said.\n\nBut his wife, Jane, gave a "
                 "preview of his plans in an interview.\n\n\"If he runs again, he wants to win,\" she said.",
                 [("direct", "We will keep going,", "Tom Brandt", "Mayor"),
                  ("direct", "If he runs again, he wants to win,", "Jane", "his wife")],
                 id="en-a-given-name-set-off-after-his-wife-is-the-she-who-speaks-next"),
    pytest.param("Mayor Tom Brandt lost the vote. \"We will keep going,\" he said.\n\nBut his wife, Jane, gave a "
                 "preview of his plans in an interview.\n\n\"If I run again, I want to win,\" he said.",
                 [("direct", "We will keep going,", "Tom Brandt", "Mayor"),
                  ("direct", "If I run again, I want to win,", "Tom Brandt", "Mayor")],
                 id="en-his-wife-never-takes-a-he-whatever-pronouns-follow-her-name"),
    pytest.param("Mayor Tom Brandt lost the vote. \"We will keep going,\" he said.\n\nBut his firm, Acme, gave a "
                 "preview of his plans in an interview.\n\n\"If he runs again, he wants to win,\" he said.",
                 [("direct", "We will keep going,", "Tom Brandt", "Mayor"),
                  ("direct", "If he runs again, he wants to win,", "Tom Brandt", "Mayor")],
                 id="en-a-name-set-off-after-a-non-kin-noun-is-no-person"),
    pytest.param("Mayor Ann Holt spoke. She attacked the port board, which she called “a cartel for the rich.”",
                 [("direct", "a cartel for the rich.", "Ann Holt", "Mayor")],
                 id="en-a-quoted-name-right-after-a-relatives-call-is-a-direct-quote"),
    pytest.param("Mayor Ann Holt spoke. Holt called that “beyond silly.”",
                 [("direct", "beyond silly.", "Ann Holt", "Mayor")],
                 id="en-called-that-then-a-quoted-name-is-a-direct-quote"),
    pytest.param("Mayor Ann Holt spoke. Holt hosts a radio show she calls “Harbour Watch Today.”", [],
                 id="en-a-title-case-name-after-calls-is-a-title-no-quote"),
    pytest.param("Mayor Ann Holt spoke. In 2009, under what Holt called “the old harbour model,” the port lost money.",
                 [("direct", "the old harbour model,", "Ann Holt", "Mayor")],
                 id="en-what-x-called-then-a-whole-quoted-name-is-a-direct-quote"),
    pytest.param("Mayor Ann Holt spoke. Holt denounced what she called a “shameless breach” of trust.", [],
                 id="en-what-x-called-then-an-unquoted-word-is-a-label-no-quote"),
    pytest.param("Mayor Ann Holt spoke. Holt says tenants are “fed up and tired,” yet still keen on what she "
                 "calls “honest fixes.”",
                 [("mixed", "tenants are “fed up and tired,” yet still keen on what she calls “honest fixes.”",
                   "Ann Holt", "Mayor")],
                 id="en-what-x-calls-inside-another-report-stays-in-it"),
    pytest.param("Governor Helen Varnow backed the ban. \"It is overdue,\" said minister Hugo Oskam.\n\nA 41-year-old "
                 "Tallow woman, for her part, was given a fine for her online posts. \"Stop them now!\" she posted.",
                 [("direct", "It is overdue,", "Hugo Oskam", "minister"),
                  ("direct", "Stop them now!", "A 41-year-old Tallow woman", None)],
                 id="en-she-after-a-man-spoke-is-the-unnamed-woman-named-after-the-last-named-one"),
    pytest.param("Chancellor Ann Merkow said the law was needed. A Tallow woman was fined in May.\n\nMerkow, "
                 "meanwhile, defended the law. \"It is needed,\" she said.",
                 [("indirect", "the law was needed", "Ann Merkow", "Chancellor"),
                  ("direct", "It is needed,", "Ann Merkow", "Chancellor")],
                 id="en-she-stays-with-the-named-woman-mentioned-after-the-unnamed-one"),
    pytest.param("Mayor Ann Holt has pledged to keep her seat until that vote.",
                 [("indirect", "to keep her seat until that vote", "Ann Holt", "Mayor")],
                 id="en-a-demonstrative-that-inside-a-commitment-opens-no-clause"),
    pytest.param("Mayor Ann Holt vowed to tax firms that move their plants abroad.",
                 [("indirect", "to tax firms that move their plants abroad", "Ann Holt", "Mayor")],
                 id="en-a-relative-that-inside-a-commitment-opens-no-clause"),
    pytest.param("Mayor Ann Holt vowed to the crowd that she would fight on.",
                 [("indirect", "she would fight on", "Ann Holt", "Mayor")],
                 id="en-vowed-to-a-hearer-then-that-opens-the-clause"),
    pytest.param("\"The ferry will sail,\" said U.N. envoy Tova Grell.",
                 [("direct", "The ferry will sail,", "Tova Grell", "U.N. envoy")],
                 id="en-a-dotted-union-short-form-after-a-post-quote-cue-opens-the-speaker"),
    pytest.param("\"The ferry will sail,\" said the U.N. It gave no date.",
                 [("direct", "The ferry will sail,", "the U.N", None)],
                 id="en-a-dotted-union-short-form-before-a-new-sentence-ends-the-speaker"),
    pytest.param("\"The ferry fees are too high,\" said the U.S. Harbor Conference.",
                 [("direct", "The ferry fees are too high,", "U.S. Harbor Conference", None)],
                 id="en-the-before-a-countrys-dotted-letters-makes-the-capitalised-words-a-body"),
    pytest.param("\"The ferry fees are too high,\" said the US Harbor Conference.",
                 [("direct", "The ferry fees are too high,", "US Harbor Conference", None)],
                 id="en-the-before-a-countrys-letters-makes-the-capitalised-words-a-body"),
    pytest.param("U.S. Copper said on Tuesday that it would shut the mine.",
                 [("indirect", "it would shut the mine", "U.S. Copper", None)],
                 id="en-a-countrys-dotted-letters-before-one-dictionary-word-are-a-firm"),
    pytest.param("U.S. Senator Tova Grell said on Tuesday that the mine would shut.",
                 [("indirect", "the mine would shut", "Tova Grell", "U.S. Senator")],
                 id="en-a-countrys-dotted-letters-before-a-title-and-name-stay-a-role"),
    pytest.param("\"The ferry fees are too high,\" said the U.S. envoy Tova Grell.",
                 [("direct", "The ferry fees are too high,", "Tova Grell", "the U.S. envoy")],
                 id="en-the-and-a-countrys-letters-before-a-title-and-name-stay-a-role"),
    pytest.param("It is mayor Dara Quill who said the tram would return.",
                 [("indirect", "the tram would return", "Dara Quill", "mayor")],
                 id="en-a-title-word-after-a-clefts-it-is-stays-the-names-role"),
    pytest.param("It was hopeful Dara Quill would return, said Ena Roe.",
                 [("indirect", "It was hopeful Dara Quill would return", "Ena Roe", None)],
                 id="en-a-title-word-after-it-was-with-no-who-stays-predicative"),
    pytest.param("\"The dam would cost far too much for a small county,\" Nell Fairlie of the Harlow Center for River "
                 "Studies wrote in May.",
                 [("direct", "The dam would cost far too much for a small county,", "Nell Fairlie",
                   "of the Harlow Center for River Studies")],
                 id="en-a-name-of-a-long-body-name-before-a-post-quote-cue-is-one-subject"),
    pytest.param("\"The dam would cost far too much,\" Nell Fairlie of the Harlow Center said.",
                 [("direct", "The dam would cost far too much,", "Nell Fairlie", "of the Harlow Center")],
                 id="en-a-name-of-a-short-body-name-before-a-post-quote-cue-stays-one-subject"),
    pytest.param("\"The dam would cost far too much,\" the new head of the river board that runs the Harlow "
                 "Center said.",
                 [],
                 id="en-a-long-lower-case-subject-before-a-post-quote-cue-stays-unread"),
    pytest.param("\"The pier stays open,\" said Nora King. \"We fixed the rails,\" King added.",
                 [("direct", "The pier stays open,", "Nora King", None),
                  ("direct", "We fixed the rails,", "Nora King", None)],
                 id="en-a-title-word-that-is-a-common-surname-after-a-given-name-is-a-persons-surname"),
    pytest.param("Hugo Bishop said the pier would stay open. Bishop added that the rails were fixed.",
                 [("indirect", "the pier would stay open", "Hugo Bishop", None),
                  ("indirect", "the rails were fixed", "Hugo Bishop", None)],
                 id="en-bishop-after-a-given-name-opening-the-sentence-is-a-surname"),
    pytest.param("\"The pier stays open,\" said Harlow Kebab King.",
                 [("direct", "The pier stays open,", "Harlow Kebab King", None)],
                 id="en-king-after-a-word-that-is-no-given-name-stays-a-firms-name"),
    pytest.param("\"The tolls are too high,\" said Nell Fairlie, president and chief executive of the Harlow Grocers "
                 "Association.",
                 [("direct", "The tolls are too high,", "Nell Fairlie",
                   "president and chief executive of the Harlow Grocers Association")],
                 id="en-and-joins-two-titles-in-an-apposition-after-a-post-quote-cue"),
    pytest.param("\"The tolls are too high,\" says Nell Fairlie, founder and CEO of Harlow Dockers.",
                 [("direct", "The tolls are too high,", "Nell Fairlie", "founder and CEO of Harlow Dockers")],
                 id="en-and-joins-a-title-and-capitalised-ceo-in-an-apposition"),
    pytest.param("\"The tolls are too high,\" said Nell Fairlie, research and policy director of the Harlow Institute.",
                 [("direct", "The tolls are too high,", "Nell Fairlie",
                   "research and policy director of the Harlow Institute")],
                 id="en-and-joins-two-fields-before-a-title-in-an-apposition"),
    pytest.param("\"The tolls are too high,\" said Nell Fairlie, president and the owner's aunt.",
                 [("direct", "The tolls are too high,", "Nell Fairlie", "president")],
                 id="en-and-before-a-determiner-ends-the-apposed-title"),
    pytest.param("Dorn won backing on Friday from Hugo Marsh, who declared in the hall, \"The time has come to close ranks.\"",
                 [("direct", "The time has come to close ranks.", "Hugo Marsh", None)],
                 id="en-the-name-before-comma-who-and-a-pre-quote-cue-speaks-not-the-clause"),
    pytest.param("The crowd cheered Senator Hugo Marsh, who said: \"The time has come to close ranks.\"",
                 [("direct", "The time has come to close ranks.", "Hugo Marsh", "Senator")],
                 id="en-the-titled-name-before-comma-who-speaks-with-its-role"),
    pytest.param("Ann Dorn thanked Hugo Marsh, and said, \"The time has come to close ranks.\"",
                 [("direct", "The time has come to close ranks.", "Ann Dorn", None)],
                 id="en-a-name-before-comma-and-no-who-is-no-speaker"),
    pytest.param("Then there was the radio host Hugo Marsh, who lamented in an interview, \"The time has come to close ranks.\"",
                 [("direct", "The time has come to close ranks.", "Hugo Marsh", "the radio host")],
                 id="en-a-name-before-comma-who-keeps-its-lower-case-role"),
    pytest.param("Guards detained a cousin of Ivo Brandt, who told reporters: \"He did nothing wrong.\"",
                 [("direct", "He did nothing wrong.", "a cousin of Ivo Brandt", None)],
                 id="en-a-name-after-of-inside-a-noun-phrase-is-not-the-antecedent-of-who"),
    pytest.param("Lund visited the widow of Ivo Brandt, who said: \"He loved the sea.\"",
                 [("direct", "He loved the sea.", "the widow of Ivo Brandt", None)],
                 id="en-the-widow-of-a-name-comma-who-said-is-the-widow"),
    pytest.param("Guards detained Ivo Brandt, who told reporters: \"He did nothing wrong.\"",
                 [("direct", "He did nothing wrong.", "Ivo Brandt", None)],
                 id="en-a-name-as-the-object-itself-before-comma-who-speaks"),
    pytest.param("\"The weir will cost too much,\" Dr. Nell Fairlie of the Harlow Center said.",
                 [("direct", "The weir will cost too much,", "Nell Fairlie", "of the Harlow Center")],
                 id="en-an-honorific-name-of-the-body-before-a-cue-is-the-person"),
    pytest.param("Prof. Ivo Brandt of Tollard University said the ferry would sail late.",
                 [("indirect", "the ferry would sail late", "Ivo Brandt", "of Tollard University")],
                 id="en-after-an-honorific-with-no-office-the-body-a-person-stands-for-is-the-role"),
    pytest.param("Gov. Ivo Brandt of Ohio said the ferry would sail late.",
                 [("indirect", "the ferry would sail late", "Ivo Brandt", None)],
                 id="en-after-an-office-title-the-place-a-person-stands-for-is-no-role"),
    pytest.param("Mayor Hugo Vell of the Harlow Council said the weir would cost too much.",
                 [("indirect", "the weir would cost too much", "Hugo Vell", "Mayor")],
                 id="en-a-title-name-of-the-body-before-a-cue-is-the-person-with-the-title"),
    pytest.param("\"The weir will cost too much,\" the Secretary of the Harlow Council said.",
                 [("direct", "The weir will cost too much,", "the Secretary of the Harlow Council", None)],
                 id="en-a-title-of-the-body-with-no-name-stays-a-description"),
    pytest.param("\"The ferry will not run,\" said Representative Peter T. King of Norland, who backed the levy.",
                 [("direct", "The ferry will not run,", "Peter T. King", "Representative")],
                 id="en-a-surname-title-after-a-given-name-and-middle-initial-is-a-surname"),
    pytest.param("\"The ferry will not run,\" said Acme T. King.",
                 [("direct", "The ferry will not run,", "Acme T. King", None)],
                 id="en-a-surname-title-after-an-initial-with-no-given-name-stays-a-firm"),
    pytest.param("\"The levy will pass,\" said Hugo Reed, senior analyst at the U.K. Board of Shipping.",
                 [("direct", "The levy will pass,", "Hugo Reed", "senior analyst at the U.K. Board of Shipping")],
                 id="en-a-body-name-after-a-dotted-short-form-in-an-apposed-role-goes-on"),
    pytest.param("\"The levy will pass,\" said Hugo Reed, a strategist for the U.S. Ann Lee agreed.",
                 [("direct", "The levy will pass,", "Hugo Reed", "a strategist for the U.S")],
                 id="en-a-name-after-a-dotted-short-form-ending-an-apposed-role-is-a-new-sentence"),
    pytest.param("\"We disagree,\" said Nell Fairlie, an economist based in the U.S. The State Department declined to comment.",
                 [("direct", "We disagree,", "Nell Fairlie", "an economist based in the U.S")],
                 id="en-the-after-a-dotted-short-form-ending-an-apposed-role-opens-a-new-sentence"),
    pytest.param("\"We disagree,\" said Nell Fairlie, who teaches in the U.K. The Home Office declined to comment.",
                 [("direct", "We disagree,", "Nell Fairlie", "who teaches in the U.K")],
                 id="en-the-after-a-dotted-short-form-ending-a-relative-role-opens-a-new-sentence"),
    pytest.param("\"Aid must reach the port,\" said the U.N. The agency has warned of hunger.",
                 [("direct", "Aid must reach the port,", "the U.N", None)],
                 id="en-a-determiner-after-a-dotted-short-form-speaker-opens-a-new-sentence"),
    pytest.param("\"Aid must reach the port,\" said the U.N. Officials there gave no figures.",
                 [("direct", "Aid must reach the port,", "the U.N", None)],
                 id="en-a-capitalised-word-then-a-lower-word-after-a-dotted-short-form-speaker-is-a-new-sentence"),
    pytest.param("\"Aid must reach the port,\" said the U.S. Washington gave no figures.",
                 [("direct", "Aid must reach the port,", "the U.S", None)],
                 id="en-a-capital-city-then-a-verb-after-the-us-is-a-new-sentence"),
    pytest.param("\"Aid must reach the port,\" said the E.U. Brussels gave no figures.",
                 [("direct", "Aid must reach the port,", "the E.U", None)],
                 id="en-the-eu-is-no-persons-initials-and-a-capital-city-then-a-verb-is-a-new-sentence"),
    pytest.param("\"Aid must reach the port,\" said the U.S. Embassy in Kabul.",
                 [("direct", "Aid must reach the port,", "the U.S. Embassy in Kabul", None)],
                 id="en-a-body-name-linked-by-in-after-a-dotted-short-form-goes-on"),
    pytest.param("\"Aid must reach the port,\" said E.U. Commissioner Tova Grell.",
                 [("direct", "Aid must reach the port,", "Tova Grell", "E.U. Commissioner")],
                 id="en-the-eu-before-a-title-opens-the-speaker-phrase"),
    pytest.param("''We are tired,'' Lina Marsh said. ''We are not thieves.'' Mr. Tomas Verdi said: ''The storm came "
                 "today.''",
                 [("direct", "We are tired,", "Lina Marsh", None),
                  ("direct", "We are not thieves.", "Lina Marsh", None),
                  ("direct", "The storm came today.", "Tomas Verdi", None)],
                 id="en-a-cue-with-a-colon-after-a-doubled-apostrophe-quote-leads-the-next-quote"),
    pytest.param("''We are tired,'' Lina Marsh said. ''We are not thieves,'' Tomas Verdi said: ''The storm came today.''",
                 [("direct", "We are tired,", "Lina Marsh", None),
                  ("direct", "We are not thieves,", "Tomas Verdi", None),
                  ("direct", "The storm came today.", "Tomas Verdi", None)],
                 id="en-a-doubled-apostrophe-quote-ending-in-a-comma-keeps-its-cue-after"),
    pytest.param("''The weir will hold,'' Lina Marsh agreed.",
                 [("direct", "The weir will hold,", "Lina Marsh", None)],
                 id="en-an-adjacent-cue-after-a-doubled-apostrophe-quote-closed-by-a-comma"),
    pytest.param("''The weir will hold.'' Lina Marsh agreed.",
                 [],
                 id="en-an-adjacent-cue-after-a-doubled-apostrophe-quote-closed-by-a-period-is-no-cue"),
    pytest.param("\"Rail is the future,\" said Tova Grell. Norland's trade minister, Piet Vanrode, plays down the "
                 "worry. The port may be small, but its growth is good news, he says.",
                 [("direct", "Rail is the future,", "Tova Grell", None),
                  ("indirect", "The port may be small, but its growth is good news", "Piet Vanrode", None)],
                 id="en-he-after-a-possessors-title-and-apposed-name-opening-the-sentence-before-is-that-name"),
    pytest.param("\"Rail is the future,\" said Tova Grell. Norland's trade minister, Anna Vanrode, plays down the "
                 "worry. The port may be small, but its growth is good news, he says.",
                 [("direct", "Rail is the future,", "Tova Grell", None),
                  ("indirect", "The port may be small, but its growth is good news", "Tova Grell", None)],
                 id="en-he-after-an-apposed-name-of-the-other-gender-stays-with-the-speaker"),
    pytest.param("Dan Trask quickly pivoted to talking about ferries, but Nell Oakes brought him back to the levy, asking "
                 "Trask to share his views on the dock union.",
                 [("indirect", "Trask to share his views on the dock union", "Nell Oakes", None)],
                 id="en-a-participle-after-a-but-clause-with-a-named-subject-is-that-subjects"),
    pytest.param("Rain fell on the town. Many of the county chairs that the Ledger interviewed say the mayor will win.",
                 [("indirect", "the mayor will win", "Many of the county chairs that the Ledger interviewed", None)],
                 id="en-a-the-name-inside-an-object-relative-on-a-plural-subject-is-no-subject"),
    pytest.param("Rain fell on the town. Many of the county chairs said that the Ledger misquoted the mayor.",
                 [("indirect", "the Ledger misquoted the mayor", "Many of the county chairs", None)],
                 id="en-a-the-name-in-the-report-after-a-plural-subject-stays-in-the-report"),
    pytest.param("Rain fell. Since last May, according to Tom Reed, the local paper has dropped his column.",
                 [("indirect", "the local paper has dropped his column", "Tom Reed", None)],
                 id="en-a-lead-ending-in-the-month-may-before-according-to-is-no-clause"),
    pytest.param("Rain fell. The local paper has dropped his column since last May, according to Tom Reed.",
                 [("indirect", "The local paper has dropped his column since last May", "Tom Reed", None)],
                 id="en-a-clause-ending-in-the-month-may-before-a-closing-according-to-is-the-report"),
    pytest.param("Rain fell. He left after, according to Tom Reed, the local paper dropped his column.",
                 [("indirect", "the local paper dropped his column", "Tom Reed", None)],
                 id="en-a-clause-with-a-past-verb-and-its-object-after-the-source-is-no-role"),
    pytest.param("Rain fell. The paper dropped his column, according to Tom Reed, a lawyer based in Leeds.",
                 [("indirect", "The paper dropped his column", "Tom Reed", "a lawyer based in Leeds")],
                 id="en-a-participle-and-a-preposition-in-an-apposition-stay-in-the-role"),
    pytest.param("Ann Vale spoke. According to his “rail first” scheme, councils must close car parks.",
                 [("indirect", "councils must close car parks", "his “rail first” scheme", None)],
                 id="en-according-to-a-phrase-with-a-quoted-term-inside-names-the-source"),
    pytest.param("Ann Vale spoke. According to her, “rail first” schemes are a sham.",
                 [("mixed", "“rail first” schemes are a sham", "Ann Vale", None)],
                 id="en-according-to-a-pronoun-before-a-quoted-term-stays-the-pronouns"),
    pytest.param("Rain fell. Ruiz told Yahoo! News that the port was unsafe.",
                 [("indirect", "the port was unsafe", "Ruiz", None)],
                 id="en-the-exclamation-mark-inside-a-name-ends-no-sentence"),
    pytest.param("Rain fell. Ana Ruiz quit Yahoo! The port was unsafe, she said.",
                 [("indirect", "The port was unsafe", "Ana Ruiz", None)],
                 id="en-the-exclamation-mark-of-a-name-before-the-ends-the-sentence"),
    pytest.param("Rain fell. Ana Ruiz quit Yahoo! Google later hired her, she said.",
                 [("indirect", "Google later hired her", "Ana Ruiz", None)],
                 id="en-the-exclamation-mark-of-a-name-before-another-name-ends-the-sentence"),
    pytest.param("Rain fell. Ann Lee, a Jeopardy! champion, said the quiz was rigged.",
                 [("indirect", "the quiz was rigged", "Ann Lee", "a Jeopardy! champion")],
                 id="en-the-exclamation-mark-of-a-name-before-a-lower-case-word-goes-on"),
    pytest.param("“The base is secure,” said the U.S. Army spokesman, Col. Ann Vale.",
                 [("direct", "The base is secure,", "Ann Vale", "the U.S. Army spokesman")],
                 id="en-a-body-word-then-a-title-after-a-dotted-short-form-goes-on-the-phrase"),
    pytest.param("“The base is secure,” said the U.S. Army spokesman.",
                 [("direct", "The base is secure,", "the U.S. Army spokesman", None)],
                 id="en-a-body-word-then-a-title-after-a-dotted-short-form-is-the-described-source"),
    pytest.param("Dyer & Co said profits would rise in the spring. The Kestrel report was upbeat. It said sales of boats "
                 "had grown by a fifth.",
                 [("indirect", "profits would rise in the spring", "Dyer & Co", None),
                  ("indirect", "sales of boats had grown by a fifth", "The Kestrel report", None)],
                 id="en-it-after-a-document-subject-since-the-body-spoke-is-the-document"),
    pytest.param("Dyer & Co said profits would rise in the spring. The Kestrel yard was busy. It said sales of boats "
                 "had grown by a fifth.",
                 [("indirect", "profits would rise in the spring", "Dyer & Co", None),
                  ("indirect", "sales of boats had grown by a fifth", "Dyer & Co", None)],
                 id="en-it-after-a-subject-that-is-no-document-stays-the-body"),
    pytest.param('Tom Reeve spoke at the rally. "We will win," he said. The speech was introduced by his son, Nick, a '
                 'trainee teacher, who praised his father. "He has always kept his word to me," he said. Later, "It was '
                 'a long night," said student Nick Vaughan.',
                 [("direct", "We will win,", "Tom Reeve", None),
                  ("direct", "He has always kept his word to me,", "Nick", "his son"),
                  ("direct", "It was a long night,", "Nick Vaughan", "student")],
                 id="en-a-kins-given-name-is-no-later-full-name-of-another-family"),
    pytest.param('Tom Reeve spoke at the rally. "We will win," he said. The speech was introduced by his son, Nick, a '
                 'trainee teacher, who praised his father. "He has always kept his word to me," he said. Later, "It was '
                 'a long night," said Nick Reeve.',
                 [("direct", "We will win,", "Tom Reeve", None),
                  ("direct", "He has always kept his word to me,", "Nick Reeve", "his son"),
                  ("direct", "It was a long night,", "Nick Reeve", "his son")],
                 id="en-a-kins-given-name-is-the-later-full-name-with-the-familys-surname"),
    pytest.param("Dan Trask pivoted to ferries, and then to the levy, saying the dock union was strong.",
                 [("indirect", "the dock union was strong", "Dan Trask", None)],
                 id="en-a-participle-after-and-with-no-named-subject-stays-the-sentences"),
    pytest.param("Tom Reed chaired the hearing, and Ann Vale sat beside him, but he did most of the talking, insisting "
                 "the mine was safe.",
                 [("indirect", "the mine was safe", "Tom Reed", None)],
                 id="en-a-participle-after-a-later-pronoun-clause-is-not-the-named-clauses"),
    pytest.param("The ferry talks had stalled, said the U.N. envoy, Ann Vell.",
                 [("indirect", "The ferry talks had stalled", "Ann Vell", "the U.N. envoy")],
                 id="en-an-inverted-cue-before-a-title-then-a-comma-and-the-name-is-no-clause"),
    pytest.param("The ferry talks had stalled, said the envoy, who chairs the board.",
                 [("indirect", "The ferry talks had stalled", "the envoy", None)],
                 id="en-an-inverted-cue-before-a-title-then-a-who-clause-keeps-the-description"),
    pytest.param("Ferry fares fell by a third (the real drop is nearer a half, according to FAREWATCH.ORG). Then they rose.",
                 [("indirect", "the real drop is nearer a half", "FAREWATCH.ORG", None)],
                 id="en-according-to-inside-brackets-backs-only-the-bracketed-words"),
    pytest.param("Ferry fares fell by a third (the real drop is nearer a half, according to the port authority), and rose later.",
                 [("indirect", "the real drop is nearer a half", "the port authority", None)],
                 id="en-according-to-inside-brackets-closed-before-a-comma"),
    pytest.param("Ferry fares fell by a third, according to the port authority (a public body). Then they rose.",
                 [("indirect", "Ferry fares fell by a third", "the port authority", None)],
                 id="en-according-to-before-brackets-keeps-the-clause-before"),
    pytest.param("Most pilots see the fault for what it is (Ada Brenn, who flew the first route, once said, “It stalls in every crosswind”). The board disagrees.",
                 [("direct", "It stalls in every crosswind", "Ada Brenn", None)],
                 id="en-a-quote-inside-brackets-is-led-by-the-brackets-own-clause"),
    pytest.param("Ada Brenn (the first pilot on the route) said, “It stalls in every crosswind.”",
                 [("direct", "It stalls in every crosswind.", "Ada Brenn", None)],
                 id="en-brackets-closed-before-the-cue-leave-the-sentence-lead"),
    pytest.param("I will say we are tired of being told the toll is unfair, its costly!“ Ola Pike said.",
                 [("indirect", "I will say we are tired of being told the toll is unfair", "Ola Pike", None)],
                 id="en-words-cut-across-a-stray-mark-are-no-role"),
    pytest.param("I will say we are tired of being told the toll is unfair, said Ola Pike, the port director.",
                 [("indirect", "I will say we are tired of being told the toll is unfair", "Ola Pike", "the port director")],
                 id="en-a-role-with-no-stray-mark-stays"),
    pytest.param("The plan (which, according to Ms. Vell, costs $2m) was shelved.",
                 [("indirect", "which, according to Ms. Vell, costs $2m", "Vell", None)],
                 id="en-according-to-set-off-after-a-bracketed-which-backs-the-bracketed-clause"),
    pytest.param("The plan (which costs $2m, according to Ms. Vell) was shelved.",
                 [("indirect", "which costs $2m", "Vell", None)],
                 id="en-according-to-closing-a-bracketed-which-clause-backs-the-words-before-it"),
]



@pytest.mark.parametrize("text, expected", EN_CASES)
def test_english(text, expected):
    assert run(text, "en") == expected


def test_english_gender_weighs_a_given_name_against_a_pronoun_after_the_surname():
    from quotetrack.engine.lexicon import get_lexicon
    from quotetrack.engine.pipeline import Extractor
    from quotetrack.engine.speakers import Entity

    def gender(text, name):
        return Extractor(text, get_lexicon("en"))._gender_of(Entity(name, "person"))

    # one "his" after the bare surname (a namesake's, or a slip) does not outweigh "Maria"
    assert gender("Leaders hope Sand backs Holm and his team joins. Maria Holm spoke.", "Maria Holm") == "f"
    # but a title word before the surname decides alone
    assert gender("Jan Moor, head of sales, spoke at the fair. Mr Moor said the firm had grown. "
                  "He said it would hire.", "Jan Moor") == "m"


def test_a_preposition_before_a_place_is_no_given_name():
    """``… saat dihubungi di Jakarta mengatakan`` then ``di`` alone later: no person ``di Jakarta``."""
    text = ("Inspektur Jenderal Kementerian Sinar Budi Santoso saat dihubungi di Jakarta mengatakan, "
            "kabin itu sudah dibersihkan.\nDi Jakarta, kata dia, ada banyak kabin di bandara.\n")
    assert all(not (speaker or "").startswith("di ") for _, _, speaker, _ in run(text, "id"))


def test_wh_clause_after_and_is_no_second_report():
    """``what X says A and how analysts say B``: the clause after "and how" is no report of its own."""
    text = "Voters are split over what Rita Vance says her budget would do and how analysts say it would work."
    quotes = run(text, "en")
    assert [q[1] for q in quotes] == ["her budget would do"]


@pytest.mark.parametrize("text", [
    "",
    "   \n\n",
    "“" * 50,
    "\"\"\"\" '' ‘’ ” “ « »",
    "<html><body><p>“Halo,” katanya.</p></body></html>",
    "kata kata kata, katanya katanya.",
    "\x00\x01 binary junk “ and an unclosed mark",
])
def test_junk_never_crashes(text):
    for q in extract_quotes(text, None, find_people=_no_ner):
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


def test_subject_whose_name_the_parser_empties_never_crashes():
    """Found by fuzzing: an Indonesian sentence subject whose name the parser reads as empty
    (``Like-for-like s``) once crashed the common-noun subject test."""
    assert extract_quotes("Hi S like-for-like er. Like-for-like s", "id", find_people=_no_ner) == []


def test_offsets_point_into_the_text():
    text = "Intro.\n“Satu dua tiga empat,” kata Budi Santoso.\nMenurut Budi, harga naik tajam bulan ini."
    for q in extract_quotes(text, "id", find_people=_no_ner):
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, lang", [
    ("Menteri itu mengatakan bahwa harga beras tidak akan naik tahun ini.", "id"),
    ("The minister said that the price of rice would not rise this year.", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_an_installed_english_pipeline_is_used(monkeypatch):
    """With a trained English spaCy pipeline installed, its person names settle unclear phrases."""
    import spacy

    from quotetrack.engine import ner
    from quotetrack.train import load

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"LOWER": "zorba"}, {"LOWER": "quill"}]}])
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
    monkeypatch.setattr(load, "load_ner", lambda lang, prefer_installed=False: nlp)
    ner.person_finder.cache_clear()
    ner.installed_person_finder.cache_clear()
    try:
        # The rules cannot tell an unknown title ("Harbour Master") from a name; the model can.
        text = "“We are ready,” said Harbour Master Zorba Quill."
        assert [q.speaker for q in extract_quotes(text, "en")] == ["Zorba Quill"]
        assert [q.speaker for q in extract_quotes(text, "en", use_ner=False)] == ["Harbour Master Zorba Quill"]
    finally:
        ner.person_finder.cache_clear()
        ner.installed_person_finder.cache_clear()
