package fr.permanence.matrix;

/** A homeserver's refusal: HTTP status, Matrix error code and message, and the request concerned. */
public final class MatrixException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String errcode;

  public MatrixException(String request, int status, String errcode, String error) {
    super(request + " → HTTP " + status + " " + errcode + ": " + error);
    this.status = status;
    this.errcode = errcode;
  }

  public int status() {
    return status;
  }

  public String errcode() {
    return errcode;
  }

  /** Whether trying again later may succeed (server errors, gateway errors). */
  public boolean transientFailure() {
    return status >= 500;
  }
}
