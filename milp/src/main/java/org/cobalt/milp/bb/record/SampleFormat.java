package org.cobalt.milp.bb.record;

/**
 * The binary sample file format ({@code *.samples.gz}), version 1.
 *
 * <p>A file is a sequence of gzip members (one per record, so a file stays readable when a solve is
 * killed; {@link java.util.zip.GZIPInputStream} reads the concatenation as one stream). Inside, all
 * numbers are big-endian as written by {@link java.io.DataOutputStream} ({@code >i4}, {@code >f4},
 * {@code >f8} in numpy terms); strings are {@code writeUTF} (2-byte length, modified UTF-8). Records start
 * with a 4-byte tag:
 *
 * <pre>
 * STRUCTURE  tag 0x47524150 ("GRAP"), written before the first sample and whenever the LP rows change
 *   i4  version (1)
 *   utf instance name
 *   i4  numVariables, i4 numConstraints, i4 numEdges
 *   i4[numConstraints]  LP row of each constraint node
 *   i1[numConstraints]  1 when the node is the row's lower side (written as -a.x &lt;= -lhs), else 0
 *   i4[numEdges]        edge constraint node
 *   i4[numEdges]        edge variable node
 *   f4[numEdges]        edge feature: the coefficient in &lt;= form divided by the row norm
 *
 * SAMPLE     tag 0x53414D50 ("SAMP"), for the latest STRUCTURE
 *   i8  node id, i4 depth
 *   f8  node LP objective (working model, minimization), f8 incumbent value (+inf when none)
 *   f4[numVariables * 19]    variable features, row-major (see VariableFeature for the order)
 *   f4[numConstraints * 5]   constraint features, row-major (see ConstraintFeature)
 *   i4  numCandidates
 *   i4[numCandidates]   candidate columns (variable node indices), increasing
 *   f8[numCandidates]   strong-branching bound of the down child (+inf when pruned)
 *   f8[numCandidates]   strong-branching bound of the up child (+inf when pruned)
 *   i1[numCandidates]   down probe status (ProbeStatus ordinal: 0 OPTIMAL, 1 INFEASIBLE, 2 CUTOFF, 3 ITERATION_LIMIT, 4 FAILED)
 *   i1[numCandidates]   up probe status
 *   f8[numCandidates]   strong-branching product score (BranchingScores.product of the two gains)
 *   i4  index into the candidates of the expert's choice (the best score; ties: lowest column)
 *   i4  index into the candidates of the column actually branched on (-1 when the node was not branched)
 *   i1  outcome: 0 branched, 1 resolved (a probe tightened bounds), 2 pruned (a probe pruned the node)
 * </pre>
 */
public final class SampleFormat {

    /** Tag of a STRUCTURE record. */
    public static final int STRUCTURE_TAG = 0x47524150;
    /** Tag of a SAMPLE record. */
    public static final int SAMPLE_TAG = 0x53414D50;
    /** Format version. */
    public static final int VERSION = 1;
    /** File name suffix. */
    public static final String SUFFIX = ".samples.gz";

    /** Outcome code: the node was branched. */
    public static final byte BRANCHED = 0;
    /** Outcome code: a probe tightened bounds and the node was re-solved. */
    public static final byte RESOLVED = 1;
    /** Outcome code: a probe pruned the node. */
    public static final byte PRUNED = 2;

    private SampleFormat() {
    }
}
