package id.bansos.disbursement.export;

/**
 * One file of a batch's export: which lines it carries, counted before it is written so that its header can announce
 * them.
 *
 * @param sequence  the file's number within the batch, 1–999
 * @param group     what the file is for within its channel: empty for a bank file, the regency (four digits of the
 *                  kode wilayah) for a PT Pos manifest
 * @param lineCount its lines
 * @param controlSum their sum in whole rupiah
 */
public record FilePart(int sequence, String group, long lineCount, long controlSum) {
}
