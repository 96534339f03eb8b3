package io.factline.temporal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A GIS maximum-entropy model (OpenNLP's {@link GISModel}) evaluated through a predicate table built once when the
 * model is loaded, with the model's own arithmetic ({@link GISModel#eval(int[], double[], EvalParameters)} over the
 * uniform prior, {@link opennlp.tools.ml.model.UniformPrior}, which OpenNLP's model reader gives every GIS model), so
 * the probabilities are exactly {@code GISModel.eval}'s ({@code OpenNlpEquivalenceTest} checks them).
 * <p>
 * Why: {@code GISModel} looks up each of the 20–30 feature strings of a decision in a {@code LinkedHashMap}, and each
 * lookup walks table slot → entry → key {@code String} → its bytes, four scattered reads in a map of 30,000 entries
 * (about a tenth of the tagger's time in a profile; a sampling profiler without
 * {@code -XX:+DebugNonSafepoints} books part of it to {@code HashMap$TreeNode.getTreeNode}, though no bin of these
 * maps is a tree). Here a slot holds the hash, the predicate's number and where its characters lie in one shared
 * character array: an absent feature costs one read, a present one two.
 * <p>
 * As a {@link MaxentModel} it stands in for the original inside OpenNLP's own decoders ({@code POSTaggerME},
 * {@code TokenizerME}) and keeps no reference to it: the original's predicate map (a {@code LinkedHashMap} with a
 * {@code String} key per predicate, ~3 MB of heap for the part-of-speech model's 33,500) can be collected once the
 * table is built; the parameters are shared. It is an {@link AbstractModel} with an empty predicate map of its own
 * because {@code TokenizerModel} accepts no other kind of model; the outcome names and the best outcome are
 * {@code AbstractModel}'s.
 */
final class IndexedGisModel extends AbstractModel {

    private static final int GOLDEN = 0x9E3779B9;

    private final EvalParameters parameters;
    private final String[] outcomes;
    private final double uniformLogPrior;
    private final int shift;
    private final int mask;
    /** Four ints per slot: hash, predicate number + 1 (0 = empty), offset in {@link #characters}, length. */
    private final int[] slots;
    private final char[] characters;
    /**
     * The parameters again, row after row in two flat arrays: row {@code r}'s outcomes and parameters lie at
     * {@code rowStart[r]} up to {@code rowStart[r + 1]}, in the order of its {@link Context}, so that the sums read
     * one stretch of memory where {@code ArrayMath.sumFeatures} reads a {@code Context} and its two arrays.
     */
    private final int[] rowStart;
    private final int[] rowOutcomes;
    private final double[] rowParameters;

    private IndexedGisModel(EvalParameters parameters, Map<String, Context> predicates, String[] outcomes) {
        super(parameters.getParams(), new String[0], outcomes);
        modelType = ModelType.Maxent;
        this.parameters = parameters;
        this.outcomes = outcomes.clone();
        this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length);
        Map<Context, Integer> numbers = new IdentityHashMap<>();
        Context[] contexts = parameters.getParams();
        for (int i = 0; i < contexts.length; i++) {
            numbers.put(contexts[i], i);
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, predicates.size() * 2 - 1));
        shift = 32 - bits;
        mask = (1 << bits) - 1;
        slots = new int[4 << bits];
        int length = predicates.keySet().stream().mapToInt(String::length).sum();
        characters = new char[length];
        int offset = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            Integer number = numbers.get(predicate.getValue());
            if (number == null) {
                throw new IllegalArgumentException("predicate without parameters: " + predicate.getKey());
            }
            String key = predicate.getKey();
            key.getChars(0, key.length(), characters, offset);
            int slot = (key.hashCode() * GOLDEN) >>> shift;
            while (slots[4 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[4 * slot] = key.hashCode();
            slots[4 * slot + 1] = number + 1;
            slots[4 * slot + 2] = offset;
            slots[4 * slot + 3] = key.length();
            offset += key.length();
        }
        rowStart = new int[contexts.length + 1];
        for (int i = 0; i < contexts.length; i++) {
            rowStart[i + 1] = rowStart[i] + (contexts[i] == null ? 0 : contexts[i].getOutcomes().length);
        }
        rowOutcomes = new int[rowStart[contexts.length]];
        rowParameters = new double[rowStart[contexts.length]];
        for (int i = 0; i < contexts.length; i++) {
            if (contexts[i] != null) {
                System.arraycopy(contexts[i].getOutcomes(), 0, rowOutcomes, rowStart[i], contexts[i].getOutcomes().length);
                System.arraycopy(contexts[i].getParameters(), 0, rowParameters, rowStart[i],
                        contexts[i].getParameters().length);
            }
        }
    }

    /** The table for a model OpenNLP read from disk; fails for model types other than GIS. */
    @SuppressWarnings("unchecked")
    static IndexedGisModel of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a GIS model: " + model.getClass().getName());
        }
        Object[] structures = ((AbstractModel) gis).getDataStructures();
        String[] outcomes = (String[]) structures[2];
        return new IndexedGisModel(new EvalParameters((Context[]) structures[0], outcomes.length),
                (Map<String, Context>) structures[1], outcomes);
    }

    /** The outcome probabilities for the features {@code context}, as {@link GISModel#eval(String[])} gives them. */
    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes.length]);
    }

    /** As {@link GISModel#eval(String[], double[])}: the probabilities, in {@code probabilities}. */
    @Override
    public double[] eval(String[] context, double[] probabilities) {
        int[] known = new int[context.length];
        int count = 0;
        for (String feature : context) {
            int number = number(feature);
            if (number >= 0) {
                known[count++] = number;
            }
        }
        Arrays.fill(probabilities, 0, outcomes.length, uniformLogPrior);
        return GISModel.eval(count == known.length ? known : Arrays.copyOf(known, count), probabilities, parameters);
    }

    /**
     * As {@link GISModel#eval(String[], float[])}: each known feature's parameters weighted by its value. The products
     * are taken before {@link GISModel#eval(int[], double[], EvalParameters)} adds them up, in the same order and with
     * the same operands as OpenNLP's weighted evaluation, so the result is the same to the bit.
     */
    @Override
    public double[] eval(String[] context, float[] values) {
        if (values == null) {
            return eval(context);
        }
        Context[] weighted = new Context[context.length];
        int count = 0;
        for (int i = 0; i < context.length; i++) {
            int number = number(context[i]);
            if (number >= 0) {
                Context row = parameters.getParams()[number];
                double[] scaled = row.getParameters().clone();
                for (int j = 0; j < scaled.length; j++) {
                    scaled[j] *= values[i];
                }
                weighted[count++] = new Context(row.getOutcomes(), scaled);
            }
        }
        int[] rows = new int[count];
        Arrays.setAll(rows, i -> i);
        double[] probabilities = new double[outcomes.length];
        Arrays.fill(probabilities, uniformLogPrior);
        return GISModel.eval(rows, probabilities, new EvalParameters(Arrays.copyOf(weighted, count), outcomes.length));
    }

    /**
     * As {@link #eval(String[], double[])} for features already looked up: {@code numbers} holds the rows of the known
     * features in the order of the context they came from.
     */
    double[] evalNumbers(int[] numbers, double[] probabilities) {
        return normalize(logits(numbers, probabilities));
    }

    /**
     * What {@link GISModel#eval(int[], double[], EvalParameters)} sums before it exponentiates: the uniform log-prior
     * plus the parameters of each known feature, added in the same order and with the same operands as
     * {@code ArrayMath.sumFeatures} (whose weight of 1.0 changes no product), so the same to the bit; in
     * {@code sums}, which is returned.
     */
    double[] logits(int[] numbers, double[] sums) {
        Arrays.fill(sums, 0, outcomes.length, uniformLogPrior);
        for (int number : numbers) {
            for (int k = rowStart[number], end = rowStart[number + 1]; k < end; k++) {
                sums[rowOutcomes[k]] += rowParameters[k];
            }
        }
        return sums;
    }

    /**
     * {@link GISModel#eval(int[], double[], EvalParameters)}'s last step, in place: each sum exponentiated
     * ({@link StrictMath#exp}) and added to the total in outcome order, then each divided by the total.
     */
    double[] normalize(double[] sums) {
        double total = 0;
        for (int o = 0; o < outcomes.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < outcomes.length; o++) {
            sums[o] /= total;
        }
        return sums;
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }

    /** The predicate's row in the model's parameters, or -1 when the model never saw it. */
    int number(String predicate) {
        return number(predicate, predicate, 0, 0);
    }

    /**
     * The row of the predicate {@code head + text.substring(from, to)}, or -1: as {@link #number(String)} without
     * building the string (its hash is {@code String.hashCode}'s, worked out over the two parts).
     */
    int number(String head, String text, int from, int to) {
        int hash = head.hashCode();
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int length = head.length() + to - from;
        int slot = (hash * GOLDEN) >>> shift;
        while (true) {
            int at = 4 * slot;
            int number = slots[at + 1];
            if (number == 0) {
                return -1;
            }
            if (slots[at] == hash && slots[at + 3] == length
                    && sameCharacters(head, text, from, to, slots[at + 2])) {
                return number - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameCharacters(String head, String text, int from, int to, int offset) {
        int at = offset;
        for (int i = 0; i < head.length(); i++) {
            if (head.charAt(i) != characters[at++]) {
                return false;
            }
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != characters[at++]) {
                return false;
            }
        }
        return true;
    }
}
